# syntax=docker/dockerfile:1
FROM alpine:3.19.1 AS build
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20231014-r0 musl-dev=1.2.4_git20230717-r4 make=4.4.1-r2
WORKDIR /src
COPY . .
RUN make && apk del .build-deps

FROM alpine:3.19.1
RUN apk add --no-cache ca-certificates=20240226-r0 tzdata=2024a-r0
RUN apk --no-cache add \
      curl~8.5 \
      'jq>1.7' \
      /tmp/packages/agent-1.2.3-r0.apk
RUN apk update && apk upgrade --no-cache && apk info curl
COPY --from=build /src/app /usr/local/bin/app
USER 65534
ENTRYPOINT ["/usr/local/bin/app"]
