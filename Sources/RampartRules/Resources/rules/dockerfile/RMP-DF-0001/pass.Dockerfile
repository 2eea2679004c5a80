# syntax=docker/dockerfile:1
FROM golang:1.22-bookworm AS build
USER root
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM debian:bookworm-slim
USER 0
RUN useradd --system --uid 10001 api
COPY --from=build /out/api /usr/local/bin/api
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/api"]
