# syntax=docker/dockerfile:1
ARG LIBPQ_VERSION=15.6-0+deb12u1
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential=12.9 libpq-dev=${LIBPQ_VERSION} \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      -o Dpkg::Options::=--force-confold \
      ca-certificates=20230311 \
      tzdata=2024a-0+deb12u1 \
      ./vendor/agent_1.2.3_amd64.deb \
    && rm -rf /var/lib/apt/lists/*
RUN echo "apt-get install curl is not run here" && apt-get purge -y curl
COPY --from=build /src/bin/app /usr/local/bin/app
USER 1000
CMD ["app"]
