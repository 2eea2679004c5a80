# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.81.0-1ubuntu1.15 && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
 && apt-get -qy install --no-install-recommends \
      git=1:2.34.1-1ubuntu1.10 \
 && apt-get install -qq --no-install-recommends jq=1.6-2.1ubuntu3 \
 && apt-get install --assume-yes --no-install-recommends zip=3.0-12build2 \
 && rm -rf /var/lib/apt/lists/*
RUN yes | apt-get install --no-install-recommends unzip=6.0-26ubuntu3.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get remove curl
USER 1000
