# syntax=docker/dockerfile:1
FROM --platform=linux/amd64 golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM --platform=linux/arm64 gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
