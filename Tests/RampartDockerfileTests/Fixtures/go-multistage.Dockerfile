# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended;error=true

# Build arguments usable in FROM lines
ARG GO_VERSION=1.22
ARG ALPINE_VERSION=3.19
ARG REGISTRY

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS Builder
ARG GO_VERSION
ARG TARGETOS TARGETARCH
ENV CGO_ENABLED=0 \
    GOFLAGS="-trimpath -mod=readonly"
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go mod download
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags="-s -w" -o /out/app ./cmd/app

FROM builder AS tester
RUN go test ./...

FROM alpine:${ALPINE_VERSION} AS runtime
RUN apk add --no-cache ca-certificates tzdata \
 && addgroup -S app && adduser -S -G app app
COPY --from=builder --chown=app:app /out/app /usr/local/bin/app
USER app
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/local/bin/app", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/app"]

FROM ${REGISTRY}/distroless/static:nonroot@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
COPY --from=runtime /usr/local/bin/app /app
