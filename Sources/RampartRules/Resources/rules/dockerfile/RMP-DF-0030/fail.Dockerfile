# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm AS build
ARG PIP_INDEX_TOKEN
ARG GITHUB_TOKEN=""
RUN pip install --no-cache-dir --index-url "https://__token__:${PIP_INDEX_TOKEN}@pypi.example.com/simple" internal-lib==2.1.0

FROM python:3.12.2-slim-bookworm
ARG SENTRY_AUTH_TOKEN
ENV SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
USER 1000
CMD ["python", "-m", "app"]
