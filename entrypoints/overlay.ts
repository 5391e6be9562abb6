import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FormWatcher } from '../lib/dom/watch.ts';
import { startOverlay } from '../components/overlay/start.tsx';

// Built as /overlay.js and imported by the recogniser (entrypoints/recogniser.ts) only after a form is
// recognised (it runs in the content script's isolated world). It hands over its entry point through the
// isolated world's global. The WXT content-script context the UI needs is created here, on form pages only.
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __skjemahjelpOverlay?: unknown }).__skjemahjelpOverlay = {
    startOverlay: (watcher: FormWatcher) => startOverlay(new ContentScriptContext('content'), watcher),
  };
});
