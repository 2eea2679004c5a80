# syntax=docker/dockerfile:1
FROM alpine:3.19.1
MAINTAINER Platform Team <platform@example.com>
RUN apk add --no-cache ca-certificates=20240226-r0
USER 65534
