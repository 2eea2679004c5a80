# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN groupadd -g 150000 app && useradd -u 150000 -g app -m app
RUN useradd --uid=1000001 --system svc
USER app
