# syntax=docker/dockerfile:1
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
COPY --from=busybox:1.36.1 /bin/busybox /busybox
ENTRYPOINT ["/server"]
