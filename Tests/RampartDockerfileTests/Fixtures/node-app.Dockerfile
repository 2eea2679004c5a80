FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-alpine
LABEL org.opencontainers.image.title="node app" \
      maintainer="team@example.com" version=1.0
ENV NODE_ENV production
ENV PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
EXPOSE $PORT
VOLUME ["/app/data", "/app/logs"]
STOPSIGNAL SIGTERM
USER node
ONBUILD COPY . /app/src
HEALTHCHECK NONE
CMD node server.js
