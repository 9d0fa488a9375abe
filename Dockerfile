# syntax=docker/dockerfile:1.7
# One image recipe for every Casino-Club process. docker-compose.yml builds the targets:
#   api, worker, provider  the TypeScript entry points, run with tsx exactly as `npm start` runs them
#   web                    the SvelteKit build (adapter-node), which needs no node_modules at all
#   app                    the common base of the three above; compose also runs the one-shot
#                          jobs (keygen, migrate, seed) on it
# Build one by hand with e.g. `docker build --target api -t casino-club-api .`.

# Pinned to the Node release the native path is developed on (package.json wants >= 20.19).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
# No telemetry or update checks from the Prisma CLI during the build.
ENV CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1

# --- dependencies -------------------------------------------------------------------------
# --ignore-scripts: none of the install scripts in the tree is needed in a container, and two
# would hurt. @prisma/engines and prisma would fetch native engines we never use (the client
# runs on @prisma/adapter-pg; package.json's allowScripts says the same for the native path);
# @embedded-postgres only links the binaries of the native PostgreSQL; esbuild and @swc/core
# find their platform packages (installed as optional dependencies) without their checks.
# The Temporal core bridge ships prebuilt binaries for linux x64/arm64 (glibc: bookworm).
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund

# Runtime dependencies only: the processes run on tsx, zod, pg, Prisma's client, Temporal's SDK
# etc., all of them "dependencies"; vite, svelte and the Prisma CLI are build-time only.
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --omit=dev --no-audit --no-fund

# --- build --------------------------------------------------------------------------------
FROM deps AS build
COPY . .
# `prisma generate` only writes the TypeScript client (generated/prisma). Without
# PRISMA_SCHEMA_ENGINE_BINARY the CLI would first try to download its schema engine, which
# generate does not use; any existing file satisfies it (scripts/lib/steps.ts does the same).
RUN PRISMA_SCHEMA_ENGINE_BINARY=/app/prisma/schema.prisma npx prisma generate
# The worker loads this prebuilt bundle (dist/workflow-bundle.js) instead of bundling at start.
RUN node --import tsx worker/bundle.ts
RUN cd web && npx vite build
# What the runtime stages copy: the sources (tsx runs them), generated/, dist/, web/build;
# not the build-time node_modules.
RUN rm -rf node_modules web/.svelte-kit

# --- runtime ------------------------------------------------------------------------------
FROM base AS app
ENV NODE_ENV=production
# Entrypoint: for each secret named below, VAR_FILE in the environment becomes VAR with that
# file's content (the official database images' convention). docker-compose.yml feeds
# JWT_PRIVATE_KEY this way from a key file, so the PEM never sits in the compose file or in
# `docker inspect`. An explicit list, not every *_FILE: SSL_CERT_FILE and friends are paths.
COPY --chmod=755 <<'EOF' /usr/local/bin/casino-entrypoint.sh
#!/bin/sh
set -eu
for var in JWT_PRIVATE_KEY; do
  file=$(printenv "${var}_FILE" || true)
  [ -n "$file" ] || continue
  if [ -n "$(printenv "$var" || true)" ]; then
    echo "casino-entrypoint: both $var and ${var}_FILE are set; set only one" >&2
    exit 1
  fi
  if [ ! -r "$file" ]; then
    echo "casino-entrypoint: ${var}_FILE=$file is not a readable file" >&2
    exit 1
  fi
  export "$var=$(cat "$file")"
  unset "${var}_FILE"
done
exec "$@"
EOF
# /var/lib/casino: where the keygen job writes the signing key (a named volume in compose);
# created here so a fresh volume is owned by the unprivileged user.
RUN mkdir -p /var/lib/casino && chown node:node /var/lib/casino
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app ./
USER node
ENTRYPOINT ["casino-entrypoint.sh"]

FROM app AS api
EXPOSE 3000
CMD ["node", "--import", "tsx", "api/main.ts"]

FROM app AS worker
CMD ["node", "--import", "tsx", "worker/main.ts"]

FROM app AS provider
EXPOSE 4010
CMD ["node", "--import", "tsx", "provider/main.ts"]

# The adapter-node output bundles everything it imports, so this image is Node plus web/build.
# web/package.json comes along because its "type": "module" makes Node load the build as ESM.
FROM base AS web
ENV NODE_ENV=production
COPY --from=build /app/web/package.json ./web/package.json
COPY --from=build /app/web/build ./web/build
USER node
EXPOSE 5173
CMD ["node", "web/build"]
