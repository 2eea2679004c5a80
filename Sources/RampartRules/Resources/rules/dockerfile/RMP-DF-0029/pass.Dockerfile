# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
ARG NPM_REGISTRY_URL=https://registry.npmjs.org/
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci

FROM node:20.11.1-bookworm-slim
ENV NODE_ENV=production \
    DB_HOST=postgres \
    DB_PASSWORD_FILE=/run/secrets/db_password \
    TOKEN_URL=https://auth.example.com/oauth/token
ENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D
ENV STRIPE_API_KEY="" AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=""
ENV DB_PASSWORD=${DB_PASSWORD_DEFAULT}
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY . .
USER node
CMD ["node", "server.js"]
