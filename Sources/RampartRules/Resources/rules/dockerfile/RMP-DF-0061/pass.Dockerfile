# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
WORKDIR /opt/proc-exporter
COPY agent /usr/local/bin/agent
WORKDIR /srv/dev
WORKDIR /system
WORKDIR /usr/src/app
USER 1000
