# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
ARG NPM_CONFIG_STRICT_SSL=false
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
WORKDIR /app
COPY . .
RUN npm ci

FROM python:3.12.2-slim-bookworm
ENV PYTHONHTTPSVERIFY=0 \
    PIP_TRUSTED_HOST=pypi.internal.example.com
ENV GIT_SSL_NO_VERIFY true
USER 1000
