# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS build
COPY . /src
RUN cd /src && make
RUN ./configure --prefix=/usr/local \
 && cd build \
 && make install
