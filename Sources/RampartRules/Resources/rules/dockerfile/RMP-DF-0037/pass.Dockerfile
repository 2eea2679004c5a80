# syntax=docker/dockerfile:1
FROM nginx:1.25.4-alpine AS base
HEALTHCHECK NONE

FROM base
COPY nginx.conf /etc/nginx/nginx.conf
HEALTHCHECK --interval=10s --timeout=2s \
  CMD wget -qO- http://localhost/healthz || exit 1
USER nginx
