# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
COPY . /src
WORKDIR /src
RUN make
RUN ./configure --prefix=/usr/local \
 && make -C build install \
 && echo "cd is not used" && ls -d /src/cd
