# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN useradd -m -s /bin/bash deploy \
 && echo "deploy:Deploy2024!" | chpasswd
RUN echo "root:toor" | /usr/sbin/chpasswd -e
RUN useradd -m -p "$(openssl passwd -1 s3cret)" ops
USER deploy
