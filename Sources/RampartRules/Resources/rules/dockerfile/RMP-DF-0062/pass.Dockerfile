# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN useradd -m -s /bin/bash deploy \
 && passwd -l root \
 && passwd -d deploy
RUN useradd -r -M -u 10001 svc && usermod -aG users svc && echo "chpasswd is not used"
USER deploy
