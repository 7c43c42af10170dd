# syntax=docker/dockerfile:1
# Verity: one image for the sidecar (default command) and the indexer worker (`node dist/indexer/worker.js`).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY common ./common
COPY sidecar ./sidecar
COPY indexer ./indexer
COPY sandbox ./sandbox
COPY widget ./widget
COPY magento-module/view/frontend/web/js ./magento-module/view/frontend/web/js
COPY bin ./bin
# tsc emits JavaScript only: the files read at run time are copied next to it.
RUN npm run build && npm run build:widget \
  && cp -r common/record-store/migrations dist/common/record-store/ \
  && cp -r sidecar/llm/prompts dist/sidecar/llm/ \
  && cp -r sidecar/nlu/training dist/sidecar/nlu/ \
  && cp sandbox/graphql/schema.graphqls dist/sandbox/graphql/ \
  && mkdir -p dist/widget && cp -r widget/dist dist/widget/dist

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/bin/verity.js", "serve"]
