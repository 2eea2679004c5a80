# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN pip wheel --wheel-dir /wheels -r requirements.txt && pip install build==1.1.1

FROM python:3.12.2-slim-bookworm
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
RUN --mount=type=cache,target=/root/.cache/pip python -m pip install gunicorn==21.2.0
ENV PIP_NO_CACHE_DIR=1
RUN pip3 install uvicorn==0.27.1
USER 1000
CMD ["gunicorn", "app:app"]
