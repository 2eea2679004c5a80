# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS dev
WORKDIR /app
COPY . .
CMD exec npm run dev

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY . .
USER node
ENTRYPOINT node server.js
CMD ["node", "server.js", "--port", "3000"]
