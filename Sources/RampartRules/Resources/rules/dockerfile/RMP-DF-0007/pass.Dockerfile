# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c --chmod=755 https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini
ADD https://github.com/moby/buildkit.git#v0.13.0 /src/buildkit
ADD agent-2.4.1-linux-amd64.tar.gz /opt/agent/
RUN curl -fsSLo /tmp/go.tgz https://dl.google.com/go/go1.22.1.linux-amd64.tar.gz \
 && echo "aca6a71b0f6c1e1a0b9a6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e  /tmp/go.tgz" | sha256sum -c -
USER 65534
ENTRYPOINT ["/usr/local/bin/tini", "--", "/opt/agent/bin/agent"]
