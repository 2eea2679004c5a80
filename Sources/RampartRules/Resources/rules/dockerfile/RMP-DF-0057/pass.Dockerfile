# syntax=docker/dockerfile:1
FROM fedora:39
RUN dnf install -y --nodocs nginx-1.24.0-1.fc39 && dnf clean all
RUN dnf upgrade --assumeyes --refresh && dnf clean all
RUN microdnf install jq && microdnf clean all
RUN dnf makecache && dnf list installed
USER 1001
