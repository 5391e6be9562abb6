import { render } from 'preact';
import { Popup } from '../../components/sites/Popup.tsx';
import { PICK_START, SITE_STATUS } from '../../lib/messaging/protocol.ts';
import { saveTaught, setSiteOff, storageIo } from '../../lib/sites/store.ts';
import type { SiteStatus } from '../../lib/sites/types.ts';
import { wakeTab } from '../../lib/wake/inject.ts';
import './style.css';

const io = storageIo(browser.storage.local);

/** The tab the popup is about: the active one, or ?tab=<id> (the popup opened as a page, as the e2e test does). */
async function tabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

render(
  <Popup
    status={async () => {
      const id = await tabId();
      if (id == null) return null;
      // The page may not have loaded the recogniser (nothing there looked like a form): load it now.
      await wakeTab(id);
      return ((await browser.tabs.sendMessage(id, { type: SITE_STATUS }).catch(() => null)) as SiteStatus | null | undefined) ?? null;
    }}
    setOff={(origin, off) => setSiteOff(io, origin, off)}
    markPage={(rule) => saveTaught(io, rule).then(() => undefined)}
    startPick={async () => {
      const id = await tabId();
      if (id != null) {
        await wakeTab(id);
        await browser.tabs.sendMessage(id, { type: PICK_START }).catch(() => undefined);
      }
      // The user points on the page; the popup is in the way (when it is a real popup, closing it is allowed).
      if (!new URLSearchParams(location.search).has('tab')) window.close();
    }}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
