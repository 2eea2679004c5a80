# syntax=docker/dockerfile:1
ARG APP_HOME=/srv/app
FROM python:3.12.2-slim-bookworm
WORKDIR /app
COPY . .
WORKDIR /app/src/service
WORKDIR ${APP_HOME}
WORKDIR "/srv/data"
RUN python -m compileall .
USER 1000
CMD ["python", "main.py"]
