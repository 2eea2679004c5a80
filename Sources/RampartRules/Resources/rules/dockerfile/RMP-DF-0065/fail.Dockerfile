# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=0 /out/server /server
ENTRYPOINT ["/server"]
