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
