# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.81.0-1ubuntu1.15 apt-utils=2.4.11 && rm -rf /var/lib/apt/lists/*
RUN apt-cache policy curl && apt-key list && ls /etc/apt
USER 1000
