# syntax=docker/dockerfile:1
FROM nginx:1.25.4-alpine
COPY nginx.conf /etc/nginx/nginx.conf
HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
HEALTHCHECK --interval=10s --timeout=2s \
  CMD wget -qO- http://localhost/healthz || exit 1
USER nginx
