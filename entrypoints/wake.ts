import { installWake } from '../lib/wake/stage0.ts';

declare const __SKJEMAHJELP_WAKE_TITLE__: string;

/**
 * Stage 0, the content script on every page and frame (document_idle; declared in wxt.config.ts): a few hundred
 * bytes that touch no extension API and load the recogniser (stage 1, /recogniser.js) only when the page looks
 * like a form or the user starts to write in it (lib/wake/stage0.ts). The extension object is looked up only
 * then, to import stage 1 the way stage 1 imports overlay.js (web-accessible with a per-session URL in
 * Chromium; Firefox lets a content script import the add-on's own files).
 */
export default defineUnlistedScript(() => {
  installWake(window, new RegExp(__SKJEMAHJELP_WAKE_TITLE__, 'i'), () => {
    type Ext = { runtime?: { id?: string; getURL(path: string): string } };
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    try {
      const api = g.browser?.runtime?.id ? g.browser : g.chrome;
      const runtime = api?.runtime;
      if (runtime?.id) import(/* @vite-ignore */ runtime.getURL('/recogniser.js')).catch(() => undefined);
    } catch {
      // The extension was removed or updated under the page: nothing to load.
    }
  });
});
