# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS fetch
RUN curl -fsSL https://dl.google.com/go/go1.22.1.linux-amd64.tar.gz | tar -xz -C /usr/local
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com/tool.tar.gz | tar -xz -C /opt
SHELL ["/bin/bash", "-c"]
RUN cat /etc/os-release \
  | grep VERSION_ID

FROM alpine:3.19.1
RUN wget -qO- https://example.com/data.csv | sort > /data.csv
USER 65534
