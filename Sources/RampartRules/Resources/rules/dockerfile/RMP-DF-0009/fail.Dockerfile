# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential=12.9 libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates=20230311 \
      tzdata \
    && rm -rf /var/lib/apt/lists/*
RUN sudo /usr/bin/apt-get -y install curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/bin/app /usr/local/bin/app
USER 1000
CMD ["app"]
