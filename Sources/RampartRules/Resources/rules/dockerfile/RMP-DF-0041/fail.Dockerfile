# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm
WORKDIR /app
COPY . .
USER 1000
ENTRYPOINT gunicorn --bind 0.0.0.0:8000 app:app

FROM python:3.12.2-slim-bookworm AS worker
COPY . /app
ENTRYPOINT /app/docker/entrypoint.sh \
    --queue default
