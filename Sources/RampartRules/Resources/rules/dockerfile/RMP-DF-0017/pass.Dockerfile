# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential=12.9 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get -y -o APT::Install-Recommends=false install \
      ca-certificates=20230311 \
      curl=7.88.1-10+deb12u5 \
 && rm -rf /var/lib/apt/lists/*
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
RUN apt-get update && apt-get install -y tzdata=2024a-0+deb12u1 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/app /usr/local/bin/app
USER 1000
CMD ["app"]
