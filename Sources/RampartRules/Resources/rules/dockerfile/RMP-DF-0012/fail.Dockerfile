# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
RUN npm install -g typescript @nestjs/cli@latest
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20.11.1-bookworm-slim
RUN yarn global add pm2 && npm i --omit=dev dotenv@16.4.5
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["pm2-runtime", "dist/main.js"]
