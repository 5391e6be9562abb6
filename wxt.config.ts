import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { buildProbeData } from './lib/forms/probe.ts';
import { wakeTitleSource } from './lib/wake/title.ts';

/** WXT's own `wxt/browser` (globalThis.browser ?? chrome), bypassing the polyfill module's alias. */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The recogniser's probe data, derived from the form definitions at build time so that pages do not pay
    // for compiling them (lib/forms/probe.ts).
    // Stage 0's title pattern (lib/wake/title.ts), from the same definitions.
    define: {
      __SKJEMAHJELP_PROBE__: JSON.stringify(JSON.stringify(buildProbeData())),
      __SKJEMAHJELP_WAKE_TITLE__: JSON.stringify(wakeTitleSource()),
    },
    resolve: {
      alias: {
        // A content-script lifetime no page can end or hear (lib/overlay/context.ts).
        'wxt/utils/content-script-context': fileURLToPath(new URL('./lib/overlay/context.ts', import.meta.url)),
      },
    },
  }),
  hooks: {
    // The recogniser runs on every page and needs only calls that are the same in every browser: give it the
    // browser's own `browser`/`chrome` object instead of webextension-polyfill (≈10 KB parsed and run on every
    // page). The overlay, «Pek ut felt», background and pages keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.name === 'recogniser')) return;
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...list.filter((a) => a.find !== 'wxt/browser')],
      };
      // Our lib/ modules have no import-time side effects: a module none of whose exports the recogniser uses
      // (the form definitions, recognise(), the parsing of site rules) is left out entirely; they come with
      // overlay.js when needed.
      config.build = {
        ...config.build,
        rollupOptions: { ...config.build?.rollupOptions, treeshake: { moduleSideEffects: (id: string) => !id.includes('/lib/') } },
      };
    },
    // One content script on every page and frame, wake.js (entrypoints/wake.ts), without WXT's content-script
    // runtime: each content script costs a page a fixed amount of its own. At document_start, first in the list,
    // because the key guard in it (lib/overlay/keyguard.ts) must add its window capture listeners before any page
    // script; stage 0 in it (lib/wake/stage0.ts) looks once the document is parsed, touches no extension API and
    // loads the recogniser (entrypoints/recogniser.ts) only when the page looks like a form or the user starts to
    // write in it. The action popup and the palette shortcut inject the recogniser themselves where stage 0 has
    // not loaded it (lib/wake/inject.ts, under activeTab).
    'build:manifestGenerated': (wxt, manifest) => {
      const firefox = wxt.config.browser === 'firefox';
      manifest.content_scripts = [
        {
          matches: ['<all_urls>'],
          js: ['wake.js'],
          run_at: 'document_start',
          all_frames: true,
          match_about_blank: true,
          ...(firefox ? {} : { match_origin_as_fallback: true }),
        },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Skjemahjelp',
    description: 'Hjelp til L40, sykmelding og arbeidsevnevurdering. Alt skjer lokalt – ingen data forlater siden.',
    default_locale: undefined,
    // activeTab: the action popup and the palette shortcut may inject the recogniser into the tab the user clicked
    // the button or pressed the shortcut in, where stage 0 has not loaded it (lib/wake/inject.ts). Chromium MV3
    // injects through `scripting`; Firefox MV2 through tabs.executeScript, which needs nothing more. Neither shows
    // an install warning; no host permission.
    permissions: browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'activeTab', 'scripting'],
    // The recogniser (recogniser.js) is imported by stage 0 (wake.js) when a page looks like a form or the user
    // writes in it, the overlay bundle (overlay.js) by the recogniser after a form is recognised, the «Pek ut
    // felt» bundle (teach.js) when the user asks for it from the action popup. No page may load them: a fixed URL
    // any site can probe tells every site that this extension is installed.
    // - Chromium lets a content script import only web-accessible files; `use_dynamic_url` makes the files
    //   reachable only through an id that changes every browser session, and pages get nothing from the
    //   static URL (test/e2e/hostile.test.ts).
    // - Firefox lets a content script import the add-on's own files without listing them, so nothing is
    //   web-accessible there at all (its moz-extension:// id is random per install besides).
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: ['recogniser.js', 'overlay.js', 'teach.js'], matches: ['<all_urls>'], use_dynamic_url: true }] }),
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
