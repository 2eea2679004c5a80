# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-server=1:8.9p1-3ubuntu0.6 \
 && rm -rf /var/lib/apt/lists/*
EXPOSE 22
EXPOSE 80/tcp 22/tcp
EXPOSE 20-25
USER 1000
CMD ["/usr/sbin/sshd", "-D"]
