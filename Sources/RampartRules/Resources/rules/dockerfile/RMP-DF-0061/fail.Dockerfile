# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
WORKDIR /proc/app
COPY agent /usr/local/bin/agent
WORKDIR "/dev/shm/work"
WORKDIR /sys
USER 1000
