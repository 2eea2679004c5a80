# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends nginx=1.18.0-6ubuntu14.4 procps=2:3.3.17-6ubuntu2.1 vim-tiny=2:8.2.3995-1ubuntu2.16 && rm -rf /var/lib/apt/lists/*
RUN nginx -t && echo "service configured" > /etc/nginx/status
RUN ln -s /usr/share/nginx/html /srv/www && mkdir -p /var/cache/nginx/mount
USER www-data
CMD ["nginx", "-g", "daemon off;"]
