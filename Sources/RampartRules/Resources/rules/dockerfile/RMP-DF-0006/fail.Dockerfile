# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm
WORKDIR /app
ADD requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ADD --chown=1000:1000 src/ /app/src/
ADD ["docker/entrypoint.sh", "/usr/local/bin/"]
ADD static.zip /app/static/
ADD \
    config/gunicorn.conf.py \
    config/logging.ini \
    /app/config/
USER 1000
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
