# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
ARG NPM_CONFIG_STRICT_SSL=true
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp-ca.pem
WORKDIR /app
COPY . .
RUN npm ci

FROM python:3.12.2-slim-bookworm
ENV PYTHONHTTPSVERIFY=1 \
    PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    PIP_TRUSTED_HOST=""
ENV GIT_SSL_CAINFO=/etc/ssl/certs/ca-certificates.crt
USER 1000
