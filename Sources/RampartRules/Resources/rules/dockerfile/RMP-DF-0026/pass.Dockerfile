# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
RUN echo "skip dist-upgrade here" > /etc/motd
USER 1000
