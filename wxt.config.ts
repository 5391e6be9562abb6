import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Skjemahjelp',
    description: 'Hjelp til L40, sykmelding og arbeidsevnevurdering. Alt skjer lokalt – ingen data forlater siden.',
    default_locale: undefined,
    permissions: ['storage'],
    // The overlay bundle is imported by the content script after a form is recognised, the «Pek ut felt» bundle
    // when the user asks for it from the action popup.
    web_accessible_resources: [{ resources: ['overlay.js', 'teach.js'], matches: ['<all_urls>'] }],
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
