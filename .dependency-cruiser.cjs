/** Dependencies point one way: apps → common; apps never import each other; common imports no app. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'sidecar-not-to-indexer',
      severity: 'error',
      from: { path: '^sidecar/' },
      to: { path: '^indexer/' },
    },
    {
      name: 'indexer-not-to-sidecar',
      severity: 'error',
      from: { path: '^indexer/' },
      to: { path: '^sidecar/' },
    },
    {
      name: 'common-is-a-leaf',
      severity: 'error',
      from: { path: '^common/' },
      to: { path: '^(sidecar|indexer|sandbox|widget|bin)/' },
    },
    {
      name: 'apps-not-to-sandbox',
      comment:
        'Only composition roots (bin/) may start the sandbox store; apps speak to Magento through common/magento.',
      severity: 'error',
      from: { path: '^(sidecar|indexer|common|widget)/' },
      to: { path: '^sandbox/' },
    },
    {
      name: 'widget-is-standalone',
      comment:
        'The widget bundle holds widget/ code only. Its `import type` of common/chat-api is erased by esbuild, so it is not a dependency here (this cruise sees compiled imports); test/unit/widget/bundle-size.test.ts checks the bundle.',
      severity: 'error',
      from: { path: '^widget/' },
      to: { path: '^(common|sidecar|indexer|sandbox)/' },
    },
    {
      name: 'chat-api-is-pure',
      comment:
        'The chat API wire shapes are shared with the browser widget: zod schemas and types only, nothing Node-only.',
      severity: 'error',
      from: { path: '^common/chat-api/' },
      to: { pathNot: '^(common/chat-api/|node_modules/zod/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
