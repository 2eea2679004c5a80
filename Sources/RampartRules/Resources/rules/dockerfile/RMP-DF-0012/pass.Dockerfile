# syntax=docker/dockerfile:1
FROM node:20.11.1-bookworm-slim AS build
RUN npm install -g typescript@5.4.2 @nestjs/cli@10.3.2
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --registry=https://registry.npmjs.org/
COPY . .
RUN npm run build && npm install ./vendor/local-plugin ./vendor/theme-1.0.0.tgz

FROM node:20.11.1-bookworm-slim
RUN yarn global add pm2@5.3.1 && npm i --omit=dev dotenv@16.4.5 github:example/lib#v1.0.0
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["pm2-runtime", "dist/main.js"]
