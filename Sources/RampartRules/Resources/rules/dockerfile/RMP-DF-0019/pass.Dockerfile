# syntax=docker/dockerfile:1
FROM golang:1.22.1-alpine3.19 AS build
RUN apk add git=2.43.0-r0
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM alpine:3.19.1
RUN apk add --no-cache ca-certificates=20240226-r0
RUN apk add --update --virtual .run-deps tzdata=2024a-r0 \
 && adduser -D -u 10001 app \
 && rm -rf /var/cache/apk/*
RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.5.0-r0
COPY --from=build /out/app /usr/local/bin/app
USER 10001
ENTRYPOINT ["/usr/local/bin/app"]
