# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM debian:bookworm-slim
COPY --from=biuld /out/server /usr/local/bin/server
COPY --from=assets /src/dist /srv/static
COPY --from=3 /out/migrate /usr/local/bin/migrate
USER 1000
ENTRYPOINT ["/usr/local/bin/server"]

FROM node:20.11.1-bookworm-slim AS assets
WORKDIR /src
COPY . .
RUN npm ci && npm run build
