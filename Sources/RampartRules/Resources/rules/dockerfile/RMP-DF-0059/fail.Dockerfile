# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm
RUN curl -fsSLk https://internal.example.com/agent.tgz -o /tmp/agent.tgz
RUN wget --no-check-certificate -qO /tmp/cfg.json https://config.example.com/cfg.json
RUN pip install --no-cache-dir --trusted-host pypi.internal.example.com \
      --index-url http://pypi.internal.example.com/simple internal-lib==2.1.0
RUN npm config set strict-ssl false && npm install -g pm2@5.3.1
RUN git -c http.sslVerify=false clone https://git.example.com/tools.git /opt/tools
USER 1000

FROM registry.access.redhat.com/ubi9/ubi:9.3-1552 AS rpm
RUN dnf install -y --setopt=sslverify=false jq-1.6-15.el9 && dnf clean all
RUN echo "sslverify=0" >> /etc/yum.repos.d/internal.repo
