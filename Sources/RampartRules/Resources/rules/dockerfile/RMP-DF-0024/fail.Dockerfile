# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN pip wheel --wheel-dir /wheels -r requirements.txt && pip install build==1.1.1

FROM python:3.12.2-slim-bookworm
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl
RUN python -m pip install \
      gunicorn==21.2.0
USER 1000
CMD ["gunicorn", "app:app"]
