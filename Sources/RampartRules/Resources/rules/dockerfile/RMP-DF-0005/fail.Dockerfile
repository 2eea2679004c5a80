# syntax=docker/dockerfile:1
FROM rust:1.76-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM build AS test
RUN cargo test --release --locked

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/server /server
ENTRYPOINT ["/server"]
