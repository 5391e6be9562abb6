import { startOverlay } from '../components/overlay/start.tsx';

// Built as /overlay.js and imported by the content script only after a form is recognised (it runs in the
// content script's isolated world). It hands over its entry point through the isolated world's global.
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __skjemahjelpOverlay?: unknown }).__skjemahjelpOverlay = { startOverlay };
});
