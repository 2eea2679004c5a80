# syntax=docker/dockerfile:1
FROM fedora:39
RUN dnf install --nodocs nginx-1.24.0-1.fc39 && dnf clean all
RUN dnf upgrade --refresh && dnf clean all
USER 1001
