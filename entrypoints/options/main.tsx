import { render } from 'preact';
import { OptionsApp } from '../../components/palette/OptionsApp.tsx';
import { NotesDb } from '../../lib/notes/db.ts';
import { PALETTE_COMMAND, YRKE_CODES } from '../../lib/messaging/protocol.ts';
import './style.css';

// options.html is an extension page: this is the same notes database the background serves to the palette.
const db = new NotesDb();

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
    knownCodes={async () => new Set(await browser.runtime.sendMessage({ type: YRKE_CODES }) as string[])}
    shortcut={async () => (await browser.commands.getAll()).find((c) => c.name === PALETTE_COMMAND)?.shortcut ?? null}
    download={download}
    statsUrl={browser.runtime.getURL('/stats.html')}
  />,
  document.getElementById('app')!,
);
