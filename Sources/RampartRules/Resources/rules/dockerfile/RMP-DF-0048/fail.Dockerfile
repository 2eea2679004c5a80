# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt update && apt install -y --no-install-recommends curl=7.81.0-1ubuntu1.15 && rm -rf /var/lib/apt/lists/*
RUN DEBIAN_FRONTEND=noninteractive /usr/bin/apt -y remove --purge nano
USER 1000
