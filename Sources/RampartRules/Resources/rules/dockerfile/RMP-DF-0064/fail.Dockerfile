# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
WORKDIR /app
COPY --chown=node:node . .
RUN npm ci && npm run build

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY --chown=node:node --from=build /app/dist ./dist
COPY --chown=node package.json ./
USER node
CMD ["node", "dist/main.js"]
