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
      severity: 'error',
      from: { path: '^widget/' },
      to: { path: '^(common|sidecar|indexer|sandbox)/' },
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
