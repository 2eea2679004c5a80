# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM debian:bookworm-slim AS runtime
COPY --from=runtime /out/server /usr/local/bin/server
COPY --from=1 /src/config /etc/server
USER 1000
ENTRYPOINT ["/usr/local/bin/server"]
