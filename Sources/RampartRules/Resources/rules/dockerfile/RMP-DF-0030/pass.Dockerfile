# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm AS build
ARG PIP_INDEX_URL=https://pypi.example.com/simple
ARG PYTHON_VERSION
RUN --mount=type=secret,id=pip_token,env=PIP_INDEX_TOKEN \
    pip install --no-cache-dir --index-url "https://__token__:${PIP_INDEX_TOKEN}@pypi.example.com/simple" internal-lib==2.1.0

FROM python:3.12.2-slim-bookworm
ARG SENTRY_DSN_FILE=/run/secrets/sentry
ENV SENTRY_RELEASE=${GIT_SHA} DB_PASSWORD_FILE=/run/secrets/db_password
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
USER 1000
CMD ["python", "-m", "app"]
