# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci
USER node
