# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311 \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*

FROM runtime
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends tzdata=2024a-0+deb12u1
COPY --from=build /src/app /usr/local/bin/app
USER 1000
CMD ["app"]
