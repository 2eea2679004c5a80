# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && pip install --no-cache-dir build
COPY . .
RUN python -m build --wheel

FROM python:3.12.2-slim-bookworm
COPY --from=build /src/dist/*.whl /tmp/
RUN pip3 install --no-cache-dir /tmp/*.whl "gunicorn>=21"
RUN python3 -m pip install --no-cache-dir \
      uvicorn[standard]==0.27.1 \
      sentry-sdk
USER 1000
CMD ["gunicorn", "app:create_app()"]
