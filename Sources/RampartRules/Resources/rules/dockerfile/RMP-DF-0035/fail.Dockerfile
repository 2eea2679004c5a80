# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS dev
WORKDIR /app
COPY . .
CMD ["npm", "run", "dev"]

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY . .
CMD ["npm", "start"]
USER node
CMD ["node", "server.js"]
CMD node --enable-source-maps server.js
