# syntax=docker/dockerfile:1
ARG NODE_IMAGE=node:latest
FROM ${NODE_IMAGE} AS assets
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci && npm run build

FROM python:latest AS app
WORKDIR /app
COPY --from=assets /src/dist ./static
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "app:app"]
