# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm
COPY certs/corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
RUN update-ca-certificates && curl -fsSL --cacert /etc/ssl/certs/ca-certificates.crt https://internal.example.com/agent.tgz -o /tmp/agent.tgz
RUN wget -qO /tmp/cfg.json https://config.example.com/cfg.json
RUN pip install --no-cache-dir --cert /etc/ssl/certs/ca-certificates.crt \
      --index-url https://pypi.internal.example.com/simple internal-lib==2.1.0
RUN npm config set strict-ssl true && npm install -g pm2@5.3.1
RUN git -c http.sslVerify=true clone https://git.example.com/tools.git /opt/tools && tar -tkf /tmp/agent.tgz
USER 1000

FROM registry.access.redhat.com/ubi9/ubi:9.3-1552 AS rpm
RUN dnf install -y --setopt=sslverify=true jq-1.6-15.el9 && dnf clean all
RUN echo "sslverify=1" >> /etc/yum.repos.d/internal.repo && git config --global http.sslVerify true
