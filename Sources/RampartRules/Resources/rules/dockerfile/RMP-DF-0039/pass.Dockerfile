# syntax=docker/dockerfile:1
ARG TOOLS_IMAGE=alpine:3.19.1
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM node:20.11.1-bookworm-slim AS Assets
WORKDIR /src
COPY . .
RUN npm ci && npm run build

FROM debian:bookworm-slim
COPY --from=build /out/server /usr/local/bin/server
COPY --from=Assets /src/dist /srv/static
COPY --from=0 /src/go.mod /srv/go.mod
COPY --from=nginx:1.25.4-alpine /etc/nginx/mime.types /etc/nginx/mime.types
COPY --from=ghcr.io/example/tools /bin/tool /usr/local/bin/tool
COPY --from=${TOOLS_IMAGE} /bin/busybox /bin/busybox
USER 1000
ENTRYPOINT ["/usr/local/bin/server"]
