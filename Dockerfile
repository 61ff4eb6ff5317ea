# syntax=docker/dockerfile:1
# One image for every newsflow service; the command picks the service:
#   docker run newsflow node services/ingester/dist/main.js      (the default)
#   docker run newsflow node --max-old-space-size=192 services/enricher/dist/main.js   (flags: infra SERVICE_NODE_FLAGS)
#   docker run newsflow node services/indexer/dist/main.js
#   docker run newsflow node services/search-api/dist/main.js
#   docker run newsflow node packages/cli/dist/main.js push samples/articles --ingester http://ingester:8081
ARG NODE_IMAGE=node:20-slim

# Only the manifests, in their folders: the dependency layer below is rebuilt only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o -type f \( -name package.json -o -name package-lock.json \) \
      -exec cp --parents {} /manifests/ \;

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
# No install scripts: nothing the services need builds native code, and slim images have no compiler.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
COPY . .
RUN npx tsc -b \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error \
 && find . -name node_modules -prune -o -name '*.tsbuildinfo' -type f -exec rm {} +

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay owned by root: the service user can read the code but not change it.
COPY --from=build /app ./
USER node
# Ports by convention (each service listens on one): ingester, search-api, enricher ops, indexer ops.
EXPOSE 8081 8080 9101 9102
# Docker stops containers with SIGTERM; the services drain and exit on it.
STOPSIGNAL SIGTERM
CMD ["node", "services/ingester/dist/main.js"]
