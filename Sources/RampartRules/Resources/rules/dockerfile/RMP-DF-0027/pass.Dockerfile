# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 \
 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.19.1
RUN apk update && apk add ca-certificates=20240226-r0 && rm -rf /var/cache/apk/*
RUN apk update && apk upgrade --no-cache
USER 65534

FROM registry.access.redhat.com/ubi9/ubi:9.3-1552
RUN dnf update -y && dnf clean all
RUN dnf makecache && dnf list installed
USER 1001
