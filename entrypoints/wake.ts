import { installKeyGuard } from '../lib/overlay/keyguard.ts';
import { installWake } from '../lib/wake/stage0.ts';

declare const __SKJEMAHJELP_WAKE_TITLE__: string;

/**
 * The one content script on every page and frame (document_start; declared in wxt.config.ts, not a WXT
 * content-script entry, so it carries no polyfill and no context wiring). Each content script costs a page a
 * fixed amount of its own, so the key guard and stage 0 share this one:
 * - the key guard (lib/overlay/keyguard.ts) adds its window capture listeners at once, before any page script;
 * - stage 0 (lib/wake/stage0.ts) looks once the document is parsed, touches no extension API, and loads the
 *   recogniser (stage 1, /recogniser.js) only when the page looks like a form or the user starts to write in it.
 *   The extension object is looked up only then, to import stage 1 the way stage 1 imports overlay.js
 *   (web-accessible with a per-session URL in Chromium; Firefox lets a content script import the add-on's own
 *   files).
 */
export default defineUnlistedScript(() => {
  installKeyGuard(window);
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
