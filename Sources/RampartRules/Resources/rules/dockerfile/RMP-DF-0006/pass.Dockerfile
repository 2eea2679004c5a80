# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=1000:1000 src/ /app/src/
COPY ["docker/entrypoint.sh", "/usr/local/bin/"]
ADD vendor/wheels.tar.gz /opt/wheels/
ADD rootfs.tar.xz /
ADD --checksum=sha256:12d00b7a9bb3f1c0b6a23c4e1b0c3ac24e8e8d2a4d61b2c2d6b9c0b3e5b0d8f1 https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
ADD https://github.com/moby/buildkit.git#v0.13.0 /src/buildkit
USER 1000
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
