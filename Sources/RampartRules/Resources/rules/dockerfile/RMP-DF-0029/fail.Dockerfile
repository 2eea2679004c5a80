# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
ARG NPM_TOKEN=npm_5f2c9a0e8b7d4c3a2f1e0d9c8b7a6f5e4d3c2b1a
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci

FROM node:20.11.1-bookworm-slim
ENV NODE_ENV=production \
    DB_HOST=postgres \
    DB_PASSWORD="s3cr3t-Pa55"
ENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
ENV STRIPE_API_KEY=sk_live_51HxYzExampleExampleExample AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY . .
USER node
CMD ["node", "server.js"]
