# syntax=docker/dockerfile:1
ARG RUNTIME_IMAGE
FROM rust:1.76-slim-bookworm@sha256:7c6e2f4d1a8b3c9e0f5d2a7b4c1e8f3a6d9b0c5e2f7a4d1b8c3e6f9a0d5b2c7e AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM build AS test
RUN cargo test --release --locked

FROM ${RUNTIME_IMAGE} AS custom
COPY --from=build /src/target/release/server /server

FROM scratch
COPY --from=build /src/target/release/server /server
ENTRYPOINT ["/server"]
