# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends nginx=1.18.0-6ubuntu14.4 && rm -rf /var/lib/apt/lists/*
RUN service nginx start && curl -fsS http://localhost/
RUN systemctl enable nginx
RUN sudo mount -t tmpfs tmpfs /mnt && ps aux
USER www-data
