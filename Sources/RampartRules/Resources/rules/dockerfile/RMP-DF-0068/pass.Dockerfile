# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY src src/

FROM build AS test
COPY test test/
RUN npm test

FROM nginx:1.25.4-alpine
COPY ["config/nginx.conf", "/etc/nginx/nginx.conf"]
COPY --from=build /app/dist /usr/share/nginx/html/
COPY --from=build /app/LICENSE ${NGINX_DOCS:-/usr/share/doc/nginx}/
USER nginx
