# syntax=docker/dockerfile:1
FROM nginx:1.25.4-alpine
EXPOSE 80 443 80800
EXPOSE 65000-65536/udp
USER nginx
