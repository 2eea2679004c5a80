# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm AS build
RUN --mount=type=ssh git config --global url."git@github.com:".insteadOf "https://github.com/" && go mod download
COPY certs/server.crt certs/ca.pem /etc/ssl/certs/
COPY ["config/.env.example", "/app/.env.example"]
COPY keys/id_ed25519.pub /etc/app/authorized.pub
COPY docs/ssh-setup.md /usr/share/doc/app/

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /etc/ssl/certs/ca.pem /etc/ssl/certs/ca.pem
ENTRYPOINT ["/app"]
