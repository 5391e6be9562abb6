import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FormWatcher } from '../lib/dom/watch.ts';
import { startOverlay } from '../components/overlay/start.tsx';
import { recogniseSteps } from '../lib/forms/locate.ts';
import { SiteRules, type SiteEnv } from '../lib/sites/runtime.ts';

// Built as /overlay.js and imported by the recogniser (entrypoints/recogniser.ts) only when a page may hold a
// form (it runs in the content script's isolated world): it brings recognise(), the form definitions and the
// parsing of site rules, and the UI for when a form is recognised. It hands over its entry points through the
// isolated world's global. The content-script context the UI needs is created here, on form pages only
// (wxt.config.ts aliases WXT's class to lib/overlay/context.ts: a lifetime no page can end or hear).
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __skjemahjelpOverlay?: unknown }).__skjemahjelpOverlay = {
    recogniseSteps,
    siteRules: (env: SiteEnv) => new SiteRules(env),
    startOverlay: (watcher: FormWatcher, lockedRules: () => readonly string[]) => startOverlay(new ContentScriptContext('content'), watcher, lockedRules),
  };
});
