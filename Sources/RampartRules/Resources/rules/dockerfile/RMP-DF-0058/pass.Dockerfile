# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS deb
RUN apt-get update \
 && apt-get install -y --no-install-recommends internal-agent=2.4.1 \
 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.19.1 AS apk
COPY keys/agent.rsa.pub /etc/apk/keys/agent.rsa.pub
RUN apk add --no-cache /tmp/agent-2.4.1-r0.apk

FROM registry.access.redhat.com/ubi9/ubi:9.3-1552
RUN rpm --import https://repo.example.com/RPM-GPG-KEY && dnf install -y https://repo.example.com/agent-2.4.1.x86_64.rpm && dnf clean all
RUN rpm -K /tmp/tool-1.0-1.x86_64.rpm && rpm -ivh /tmp/tool-1.0-1.x86_64.rpm && echo "--nogpgcheck is not used"
USER 1001
