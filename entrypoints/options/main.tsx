import { render } from 'preact';
import { OptionsApp } from '../../components/palette/OptionsApp.tsx';
import { SitesOptions } from '../../components/sites/SitesOptions.tsx';
import { CheckSettings } from '../../components/checks/CheckSettings.tsx';
import { RULES } from '../../lib/checks/rules/index.ts';
import { SETTINGS_KEY } from '../../lib/settings/parse.ts';
import { NotesDb } from '../../lib/notes/db.ts';
import { PALETTE_COMMAND, YRKE_CODES } from '../../lib/messaging/protocol.ts';
import { parseManaged } from '../../lib/sites/parse.ts';
import { buildExport } from '../../lib/sites/schema.ts';
import { importRules, readState, removeRule, setSiteOff, storageIo, updateRule } from '../../lib/sites/store.ts';
import { SITES_KEY } from '../../lib/sites/types.ts';
import './style.css';

// options.html is an extension page: this is the same notes database the background serves to the palette.
const db = new NotesDb();
const sites = storageIo(browser.storage.local);

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

render(
  <OptionsApp
    db={db}
    knownCodes={async () => new Set((await browser.runtime.sendMessage({ type: YRKE_CODES })) as string[])}
    shortcut={async () => (await browser.commands.getAll()).find((c) => c.name === PALETTE_COMMAND)?.shortcut ?? null}
    download={download}
    statsUrl={browser.runtime.getURL('/stats.html')}
  >
    <CheckSettings
      rules={RULES}
      load={async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]}
      save={(settings) => browser.storage.local.set({ [SETTINGS_KEY]: settings })}
      onChange={(fn) => {
        const listener = (changes: Record<string, unknown>, area: string) => {
          if (area === 'local' && changes[SETTINGS_KEY]) fn();
        };
        browser.storage.onChanged.addListener(listener);
        return () => browser.storage.onChanged.removeListener(listener);
      }}
      locked={async () => parseManaged(await browser.storage.managed.get().catch(() => ({}))).disabledRules}
    />
    <SitesOptions
      load={async () => ({ state: await readState(sites), managed: parseManaged(await browser.storage.managed.get().catch(() => ({}))) })}
      onChange={(fn) =>
        browser.storage.onChanged.addListener((changes, area) => {
          if (area === 'managed' || (area === 'local' && changes[SITES_KEY])) fn();
        })
      }
      remove={(id) => removeRule(sites, id)}
      update={(id, patch) => updateRule(sites, id, patch)}
      importText={(text) => importRules(sites, text)}
      exportRules={(rules) => download(`skjemahjelp-sideregler-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(buildExport(rules), null, 2))}
      setOff={(origin, off) => setSiteOff(sites, origin, off)}
    />
  </OptionsApp>,
  document.getElementById('app')!,
);
