# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311ubuntu0.22.04.1 curl=7.81.0-1ubuntu1.15 \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/rustup-init.sh https://sh.rustup.rs \
 && echo "a3cb081f88a6789d104518b30d4aa410009cd08c3822a1226991d6cf0442a0f8  /tmp/rustup-init.sh" | sha256sum -c - \
 && sh /tmp/rustup-init.sh -y --profile minimal
RUN curl -fsSL https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.xz | tar -xJ -C /opt
RUN wget -qO- https://download.docker.com/linux/ubuntu/gpg | gpg --dearmor -o /usr/share/keyrings/docker.gpg
RUN bash -c 'echo "installing"; ls /opt'
USER 1000
