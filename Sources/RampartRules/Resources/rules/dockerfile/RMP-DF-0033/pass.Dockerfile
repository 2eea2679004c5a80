# syntax=docker/dockerfile:1
FROM nginx:1.25.4-alpine
EXPOSE 80 443 8080
EXPOSE 65000-65535/udp
EXPOSE ${METRICS_PORT}
USER nginx
