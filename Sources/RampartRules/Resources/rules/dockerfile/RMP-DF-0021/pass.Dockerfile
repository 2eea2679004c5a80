# syntax=docker/dockerfile:1
FROM fedora:39 AS build
RUN dnf install -y gcc-13.2.1-4.fc39
WORKDIR /src
COPY . .
RUN make

FROM registry.access.redhat.com/ubi9/ubi:9.3-1552
RUN dnf install -y --nodocs nginx-1.20.1-14.el9_2.1 && dnf clean all
RUN dnf install -y --nodocs jq-1.6-15.el9 && rm -rf /var/cache/dnf
COPY --from=build /src/app /usr/local/bin/app
USER 1001
CMD ["app"]
