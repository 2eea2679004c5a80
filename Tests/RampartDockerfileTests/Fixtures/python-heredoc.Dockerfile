# syntax=docker/dockerfile:1
FROM python:3.12-slim AS app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends build-essential
rm -rf /var/lib/apt/lists/*
EOF
RUN <<-"SETUP" bash -e
	pip install --no-cache-dir -r /tmp/requirements.txt
	echo "$HOME" > /tmp/home
	SETUP
COPY <<EOF /etc/app/config.ini
[server]
port = 8000
EOF
RUN python3 <<PY
import sys
print(sys.version)
PY
RUN <<A <<B cat > /tmp/both
first
A
second
B
RUN cat <<EOF > /usr/local/bin/entry.sh && chmod +x /usr/local/bin/entry.sh
#!/bin/sh
exec gunicorn app:app
EOF
USER 10001
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
