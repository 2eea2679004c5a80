# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS fetch
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://dl.google.com/go/go1.22.1.linux-amd64.tar.gz | tar -xz -C /usr/local
RUN echo "aca6a71b0f6c1e1a0b9a6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e  /usr/local/go/VERSION" | sha256sum -c -

FROM alpine:3.19.1
RUN set -o pipefail && wget -qO- https://example.com/data.csv | sort > /data.csv
RUN curl -fsSLo /tmp/x https://example.com/x || true
USER 65534

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Get-ChildItem C:/ | Select-Object Name
