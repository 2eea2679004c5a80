# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
RUN rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /usr/local/bin/tool https://example.com/tool-1.2.3 \
 && chmod 0755 /usr/local/bin/tool
USER 1000
