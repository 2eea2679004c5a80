# syntax=docker/dockerfile:1
FROM alpine:3.19.1
RUN apk add --no-cache tini=0.19.0-r2
COPY app /usr/local/bin/app
ENTRYPOINT ["/sbin/tini", "--"]
USER 65534
ENTRYPOINT ["/usr/local/bin/app"]
