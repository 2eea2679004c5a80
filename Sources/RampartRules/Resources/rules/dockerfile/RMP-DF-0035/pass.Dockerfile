# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS dev
WORKDIR /app
COPY . .
CMD ["npm", "run", "dev"]

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY . .
USER node
HEALTHCHECK CMD ["node", "healthcheck.js"]
ONBUILD RUN echo "CMD is not repeated"
CMD ["node", "server.js"]
