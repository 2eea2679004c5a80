# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN groupadd -g 150000 app && useradd -l -u 150000 -g app -m app
RUN useradd --no-log-init --uid=1000001 --system svc
RUN useradd -u 10001 -m worker && useradd -r -M -u 999 daemon2
USER app
