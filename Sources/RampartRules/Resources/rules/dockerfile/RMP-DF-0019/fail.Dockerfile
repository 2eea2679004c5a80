# syntax=docker/dockerfile:1
FROM golang:1.22.1-alpine3.19 AS build
RUN apk add git=2.43.0-r0
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM alpine:3.19.1
RUN apk update && apk add ca-certificates=20240226-r0
RUN apk add --update --virtual .run-deps tzdata=2024a-r0 \
 && adduser -D -u 10001 app
COPY --from=build /out/app /usr/local/bin/app
USER 10001
ENTRYPOINT ["/usr/local/bin/app"]
