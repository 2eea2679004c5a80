# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS deb
RUN apt-get update \
 && apt-get install -y --no-install-recommends --allow-unauthenticated internal-agent=2.4.1 \
 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.19.1 AS apk
RUN apk add --no-cache --allow-untrusted /tmp/agent-2.4.1-r0.apk

FROM registry.access.redhat.com/ubi9/ubi:9.3-1552
RUN dnf install -y --nogpgcheck https://repo.example.com/agent-2.4.1.x86_64.rpm && dnf clean all
RUN rpm -ivh --nosignature /tmp/tool-1.0-1.x86_64.rpm
USER 1001
