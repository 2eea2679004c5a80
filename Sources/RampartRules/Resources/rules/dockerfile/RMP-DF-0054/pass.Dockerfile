# syntax=docker/dockerfile:1
FROM alpine:3.19.1 AS fetch
RUN wget -q https://example.com/plugin-2.0.0.tgz -O /tmp/plugin.tgz

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends wget=1.21.3-1+b2 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/app.tgz https://example.com/app-1.2.3.tgz
COPY --from=fetch /tmp/plugin.tgz /tmp/plugin.tgz
USER 1000
