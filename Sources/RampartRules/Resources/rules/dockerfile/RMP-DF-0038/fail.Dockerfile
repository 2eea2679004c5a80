# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm
WORKDIR app
COPY . .
WORKDIR src/service
RUN python -m compileall .
USER 1000
CMD ["python", "main.py"]
