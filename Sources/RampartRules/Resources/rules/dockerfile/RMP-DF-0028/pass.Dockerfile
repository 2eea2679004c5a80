# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo=1.9.9-1ubuntu2.4 \
 && useradd -m -u 1000 dev \
 && echo "dev ALL=(ALL) NOPASSWD: /usr/bin/apt-get" > /etc/sudoers.d/dev \
 && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /opt/app && chown dev /opt/app
USER dev
RUN echo "sudo is not used to build" && ls /etc/sudoers.d
