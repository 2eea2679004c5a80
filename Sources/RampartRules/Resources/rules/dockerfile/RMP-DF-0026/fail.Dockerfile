# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*
RUN apt update \
 && apt -y full-upgrade \
 && rm -rf /var/lib/apt/lists/*
USER 1000
