# syntax=docker/dockerfile:1
ARG NODE_IMAGE=node:20.11.1-bookworm-slim
ARG PY_IMAGE
FROM ${NODE_IMAGE} AS assets
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci && npm run build

FROM ${PY_IMAGE} AS latest
RUN echo "image chosen by the caller"

FROM latest
WORKDIR /app
COPY --from=assets /src/dist ./static
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "app:app"]
