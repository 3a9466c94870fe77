# Metodset: one image, one port. The NestJS API (dist/api) also serves the built Vue SPA (dist/web).

# ---- build: install everything, build API + SPA, then drop dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The lockfile is written with npm 11 (it honours package.json "allowScripts"); the image ships npm 10.
RUN npm install -g npm@11
COPY package.json package-lock.json ./
# npm install, not npm ci: the lockfile lacks other platforms' optional binaries and npm ci
# refuses it (see shared TOOLCHAIN.md).
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: production node_modules + dist only, unprivileged ----
FROM node:20-bookworm-slim AS runtime
# HOST: listen on every interface of the container (outside Docker the default is 127.0.0.1).
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 SHUTDOWN_GRACE_SECONDS=10
WORKDIR /app
# Code stays root-owned (read-only for the app); only .data (DATA_DIR, used by the embedded
# Postgres fallback when DATABASE_URL is unset) is writable by the node user.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# slim has no curl: use Node's built-in fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and gets docker's SIGTERM itself: it finishes requests in flight, then stops.
# The first administrator: docker compose exec api node dist/api/apps/api/src/cli/main.js admin create <login>
STOPSIGNAL SIGTERM
CMD ["node", "dist/api/apps/api/src/main.js"]
