# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN curl -fsSLo /tmp/app.tgz https://example.com/app-1.2.3.tgz
RUN wget -q https://example.com/plugin-2.0.0.tgz -O /tmp/plugin.tgz
USER 1000
