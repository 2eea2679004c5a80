# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm AS build
COPY id_ed25519 /root/.ssh/id_ed25519
COPY deploy/.ssh/ /root/.ssh/
RUN git config --global url."git@github.com:".insteadOf "https://github.com/" && go mod download
ADD certs/server.key certs/server.crt /etc/ssl/private/
COPY ["config/.env", "/app/.env"]

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /root/.aws/credentials /home/nonroot/.aws/credentials
ENTRYPOINT ["/app"]
