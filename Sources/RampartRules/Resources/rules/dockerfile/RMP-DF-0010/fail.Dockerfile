# syntax=docker/dockerfile:1
FROM alpine:3.19.1 AS build
RUN apk add --no-cache --virtual .build-deps gcc musl-dev make
WORKDIR /src
COPY . .
RUN make

FROM alpine:3.19.1
RUN apk add --no-cache ca-certificates=20240226-r0 tzdata
RUN apk --no-cache add \
      curl~8.5 \
      jq
COPY --from=build /src/app /usr/local/bin/app
USER 65534
ENTRYPOINT ["/usr/local/bin/app"]
