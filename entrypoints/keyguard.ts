import { installKeyGuard } from '../lib/overlay/keyguard.ts';

// Registered as a document_start content script in wxt.config.ts (not a WXT content-script entry, so it carries
// no polyfill and no context wiring): its window capture listeners must be added before any page script runs.
export default defineUnlistedScript(() => {
  installKeyGuard(window);
});
