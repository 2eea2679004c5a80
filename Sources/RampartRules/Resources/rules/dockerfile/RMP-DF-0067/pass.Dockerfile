# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=secret,id=token,env=TOKEN curl -fsSLo /usr/local/bin/tool -H "Authorization: Bearer $TOKEN" https://example.com/tool-1.2.3
ENV TOOL_HOME=/opt/tool
RUN chmod 0755 /usr/local/bin/tool

FROM debian:bookworm-slim AS second
RUN echo "a new stage starts a new layer chain"
USER 1000
