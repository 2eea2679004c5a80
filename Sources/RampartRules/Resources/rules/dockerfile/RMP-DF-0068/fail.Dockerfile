# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY src src/
RUN npm run build

FROM nginx:1.25.4-alpine
ADD ["config/nginx.conf", "etc/nginx/nginx.conf"]
COPY --from=build /dist html/
USER nginx
