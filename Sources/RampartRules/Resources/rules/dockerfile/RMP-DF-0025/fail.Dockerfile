# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN apt-get update && apt-get install --no-install-recommends curl=7.81.0-1ubuntu1.15 && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
 && apt-get -q install --no-install-recommends \
      git=1:2.34.1-1ubuntu1.10 \
 && rm -rf /var/lib/apt/lists/*
USER 1000
