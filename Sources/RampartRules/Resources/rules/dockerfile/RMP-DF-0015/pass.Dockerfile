# syntax=docker/dockerfile:1
FROM registry.access.redhat.com/ubi9/ubi:9.3-1552 AS build
RUN dnf install -y gcc-11.4.1-2.1.el9 make-4.3-7.el9 @development && dnf clean all
WORKDIR /src
COPY . .
RUN make

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3-1552
RUN microdnf install -y --nodocs shadow-utils-2:4.9-8.el9 /tmp/agent.rpm && microdnf clean all
RUN microdnf update -y && microdnf clean all
COPY --from=build /src/app /usr/local/bin/app
USER 1001
CMD ["app"]
