# syntax=docker/dockerfile:1
FROM node:20.11-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
USER node

FROM base AS runtime
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]

FROM golang:1.22 AS gobuild
RUN CGO_ENABLED=0 go build -o /out/probe ./cmd/probe

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=gobuild /out/probe /probe
ENTRYPOINT ["/probe"]
