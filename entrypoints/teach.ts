import { startPick } from '../components/sites/start.tsx';

// Built as /teach.js and imported by the content script only when the user chooses «Pek ut felt» in the action
// popup. It hands over its entry point through the isolated world's global, as overlay.js does.
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __skjemahjelpTeach?: unknown }).__skjemahjelpTeach = { startPick };
});
