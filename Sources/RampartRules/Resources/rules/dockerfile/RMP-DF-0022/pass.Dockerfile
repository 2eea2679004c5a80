# syntax=docker/dockerfile:1
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3-1552
RUN microdnf install -y --nodocs shadow-utils-4.9-8.el9 \
 && useradd --uid 1001 app \
 && microdnf clean all
RUN microdnf install -y tar-1.34-6.el9_1 gzip-1.12-1.el9 && rm -rf /var/cache/yum
RUN dnf install -y nothing-here-1.0 || true
USER 1001
CMD ["/bin/sh"]
