# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM node:20.11.1-bookworm-slim AS web-build
WORKDIR /web
COPY web .
RUN npm ci && npm run build

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
