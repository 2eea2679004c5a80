# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo=1.9.9-1ubuntu2.4 \
 && useradd -m -u 1000 dev \
 && rm -rf /var/lib/apt/lists/*
USER dev
RUN sudo mkdir -p /opt/app && sudo chown dev /opt/app
RUN DEBIAN_FRONTEND=noninteractive sudo -E apt-get update
RUN echo 'building' \
 && /usr/bin/sudo -u root make install
