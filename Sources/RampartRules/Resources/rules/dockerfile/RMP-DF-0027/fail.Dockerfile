# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
RUN apt-get update
RUN apt-get install -y --no-install-recommends gcc=4:12.2.0-3 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.19.1
RUN apk update \
 && echo "index refreshed"
RUN apk add ca-certificates=20240226-r0
USER 65534

FROM opensuse/leap:15.5
RUN zypper --non-interactive refresh
USER nginx
