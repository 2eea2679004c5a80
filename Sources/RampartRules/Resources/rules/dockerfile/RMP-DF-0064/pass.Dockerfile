# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
WORKDIR /app
COPY --chown=node:node . .
RUN npm ci && npm run build

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --chown=root:root package.json ./
RUN install -d -o node -g node /app/data
COPY --chown=0:0 config/defaults.json /app/config/defaults.json
USER node
CMD ["node", "dist/main.js"]
