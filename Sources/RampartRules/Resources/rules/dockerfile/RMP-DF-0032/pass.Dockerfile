# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx=1.18.0-6ubuntu14.4 \
 && rm -rf /var/lib/apt/lists/*
EXPOSE 2222
EXPOSE 80/tcp 443/tcp 8022
EXPOSE 23-25 122
EXPOSE 22/udp
EXPOSE ${SSH_PORT}
USER 1000
CMD ["nginx", "-g", "daemon off;"]
