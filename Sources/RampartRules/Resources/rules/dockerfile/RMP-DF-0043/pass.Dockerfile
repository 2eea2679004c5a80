# syntax=docker/dockerfile:1
FROM alpine:3.19.1
LABEL org.opencontainers.image.authors="platform@example.com" maintainer="Platform Team"
RUN apk add --no-cache ca-certificates=20240226-r0 && echo "MAINTAINER is not used"
USER 65534
