# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y build-essential=12.9 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get -y install \
      ca-certificates=20230311 \
      curl=7.88.1-10+deb12u5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/app /usr/local/bin/app
USER 1000
CMD ["app"]
