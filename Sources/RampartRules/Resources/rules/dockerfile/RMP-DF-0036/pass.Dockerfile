# syntax=docker/dockerfile:1
FROM alpine:3.19.1 AS base
RUN apk add --no-cache tini=0.19.0-r2
ENTRYPOINT ["/sbin/tini", "--"]

FROM base
COPY app /usr/local/bin/app
USER 65534
ENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/app"]
