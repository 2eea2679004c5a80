# syntax=docker/dockerfile:1
FROM registry.access.redhat.com/ubi9/ubi:9.3-1552 AS build
RUN dnf install -y gcc-11.4.1-2.1.el9 make && dnf clean all
WORKDIR /src
COPY . .
RUN make

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3-1552
RUN microdnf install -y --nodocs shadow-utils && microdnf clean all
COPY --from=build /src/app /usr/local/bin/app
USER 1001
CMD ["app"]
