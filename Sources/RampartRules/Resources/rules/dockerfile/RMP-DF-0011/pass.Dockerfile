# syntax=docker/dockerfile:1
FROM python:3.12.2-slim-bookworm AS build
WORKDIR /src
COPY requirements.txt constraints.txt ./
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir -r requirements.txt build==1.1.1
RUN pip install --no-cache-dir -c constraints.txt wheel setuptools
COPY . .
RUN python -m build --wheel && pip install --no-cache-dir -e .

FROM python:3.12.2-slim-bookworm
COPY --from=build /src/dist/*.whl /tmp/
RUN pip3 install --no-cache-dir /tmp/*.whl "gunicorn==21.2.0" --index-url https://pypi.internal.example.com/simple --trusted-host pypi.internal.example.com
RUN python3 -m pip install --no-cache-dir \
      uvicorn[standard]==0.27.1 \
      sentry-sdk==1.40.6 \
      "mylib @ git+https://github.com/example/mylib@v1.2.0"
RUN pip download --no-deps --dest /tmp/dl requests
USER 1000
CMD ["gunicorn", "app:create_app()"]
