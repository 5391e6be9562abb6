/**
 * Import boundaries (npm run lint:deps, part of npm run test:all). The layout: entrypoints/ → components/ → lib/;
 * lib/ is the browser-free core and never imports components/ or entrypoints/; components/ (Preact views) never
 * import entrypoints/; the content-script bundles (wake on every page, the recogniser and the overlay it loads)
 * never pull in zod or Dexie — those live in the background and the extension pages.
 * test/unit/guards/boundaries.test.ts runs these rules on a small tree that breaks each of them.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-not-to-ui',
      comment: 'lib/ is the browser-free core: it never imports components/ or entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-not-to-entrypoints',
      comment: 'components/ are Preact views; entrypoints/ wire them, never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'content-bundles-without-zod-or-dexie',
      comment:
        'The content script on every page (wake: key guard and stage 0) and the bundles it loads (recogniser, overlay, teach) must not pull in zod or Dexie: validation and the ' +
        'database live in the background and the extension pages (lib/messaging is the typed protocol without zod).',
      severity: 'error',
      from: { path: '^entrypoints/(wake|recogniser|overlay|teach)\\.ts$' },
      to: { path: 'node_modules/(zod|dexie)/', reachable: true },
    },
    {
      name: 'no-circular-in-lib',
      comment: 'Capabilities in lib/ depend on each other one way.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { circular: true },
    },
    {
      name: 'not-to-tests',
      comment: 'Product code never imports tests, scripts or benchmarks.',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints|cli)/' },
      to: { path: '^(test|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports vanish from the bundles, so they do not count (tsPreCompilationDeps: false).
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    exclude: { path: '^(node_modules|\\.output|\\.wxt|\\.tmp)/' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
