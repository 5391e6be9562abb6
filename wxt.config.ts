import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { buildProbeData } from './lib/forms/probe.ts';

/** WXT's own `wxt/browser` (globalThis.browser ?? chrome), bypassing the polyfill module's alias. */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The recogniser's probe data, derived from the form definitions at build time so that pages do not pay
    // for compiling them (lib/forms/probe.ts).
    define: { __SKJEMAHJELP_PROBE__: JSON.stringify(JSON.stringify(buildProbeData())) },
  }),
  hooks: {
    // The recogniser runs on every page and needs only runtime.getURL and runtime.id, which are the same in every
    // browser: give it the browser's own `browser`/`chrome` object instead of webextension-polyfill (≈10 KB
    // parsed and run on every page). The overlay, background and pages keep the polyfill.
    // Guarded by test/unit/build/recogniser-bundle.test.ts.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.name === 'recogniser')) return;
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...list.filter((a) => a.find !== 'wxt/browser')],
      };
      // Our lib/ modules have no import-time side effects: a module none of whose exports the recogniser uses
      // (the form definitions, recognise()) is left out entirely; they come with overlay.js when needed.
      config.build = {
        ...config.build,
        rollupOptions: { ...config.build?.rollupOptions, treeshake: { moduleSideEffects: (id: string) => !id.includes('/lib/') } },
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Skjemahjelp',
    description: 'Hjelp til L40, sykmelding og arbeidsevnevurdering. Alt skjer lokalt – ingen data forlater siden.',
    default_locale: undefined,
    permissions: ['storage'],
    // The recogniser (an unlisted script, entrypoints/recogniser.ts) is the content script on every page and frame.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
        js: ['recogniser.js'],
      },
    ],
    // The overlay bundle is imported by the content script after a form is recognised.
    web_accessible_resources: [{ resources: ['overlay.js'], matches: ['<all_urls>'] }],
    // Alt+Shift+Y: not taken by Chrome, Edge or Firefox, nor by the screen readers' browse-mode keys;
    // users change it in the browser's extension shortcuts (components/palette/README.md).
    commands: {
      'open-yrke-palette': {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
        description: 'Åpne yrkessøket (Skjemahjelp)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'skjemahjelp@skjemahjelp.no',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
