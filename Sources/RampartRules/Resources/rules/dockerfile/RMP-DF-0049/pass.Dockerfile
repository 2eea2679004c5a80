# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json /app/
COPY ["tsconfig.json", "tsconfig.build.json", "/app/config/"]
COPY --chown=node:node src/*.ts /app/src/
COPY .npmrc yarn.lock .
COPY src/index.ts /app/index.ts
USER node
