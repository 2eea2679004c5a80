# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini
ADD --chmod=755 http://downloads.example.com/agent/agent-2.4.1-linux-amd64 /usr/local/bin/agent
ADD ["https://dl.google.com/go/go1.22.1.linux-amd64.tar.gz", "/tmp/go.tgz"]
RUN chmod +x /usr/local/bin/tini
USER 65534
ENTRYPOINT ["/usr/local/bin/tini", "--", "/usr/local/bin/agent"]
