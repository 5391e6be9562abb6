import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FormWatcher } from '../lib/dom/watch.ts';
import { startOverlay } from '../components/overlay/start.tsx';
import { recogniseSteps } from '../lib/forms/locate.ts';

// Built as /overlay.js and imported by the recogniser (entrypoints/recogniser.ts) only when a page may hold a
// form (it runs in the content script's isolated world): it brings recognise() and the form definitions, and
// the UI for when a form is recognised. It hands over its entry points through the isolated world's global.
// The WXT content-script context the UI needs is created here, on form pages only.
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __skjemahjelpOverlay?: unknown }).__skjemahjelpOverlay = {
    recogniseSteps,
    startOverlay: (watcher: FormWatcher) => startOverlay(new ContentScriptContext('content'), watcher),
  };
});
