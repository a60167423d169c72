# Apparatus for deployments: the production build, served by `npm start` against DATABASE_URL.
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
WORKDIR /app
# The CSL styles and locales citation export formats with (/usr/share/citation-style-language).
RUN apt-get update -qq \
  && apt-get install -y -qq --no-install-recommends citation-style-language-styles citation-style-language-locales \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 HOST=0.0.0.0 PORT=3000 SEED_DEMO=false
COPY --from=build /app /app
EXPOSE 3000
# Applies pending migrations, then serves; the build from the stage above is reused.
CMD ["npm", "start"]
