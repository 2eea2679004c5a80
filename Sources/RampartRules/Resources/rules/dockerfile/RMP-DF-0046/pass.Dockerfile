# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && echo "ONBUILD triggers are not used"
LABEL org.opencontainers.image.description="base image without ONBUILD triggers"
USER node
