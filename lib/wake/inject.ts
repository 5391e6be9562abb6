import { browser } from 'wxt/browser';

/**
 * Makes sure the recogniser (stage 1, /recogniser.js) runs in a tab before the action popup or the palette
 * shortcut talks to it: stage 0 (lib/wake/stage0.ts) loads it only on pages that look like a form or where the
 * user writes, and listens for no message itself. Needs `activeTab`, which the browser grants for the tab in which
 * the user clicked the toolbar button or pressed the shortcut (Chromium MV3: `scripting.executeScript`; Firefox
 * MV2: `tabs.executeScript`). Every frame that may be reached gets it; the recogniser runs once per frame however
 * often it arrives. Resolves false where nothing could be injected (no grant, a browser page): the caller asks
 * anyway, in case the recogniser already runs there.
 */
export async function wakeTab(tabId: number): Promise<boolean> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  const inject = (allFrames: boolean) =>
    scripting
      ? scripting.executeScript({ target: { tabId, allFrames }, files: ['/recogniser.js'] })
      : browser.tabs.executeScript(tabId, { file: '/recogniser.js', allFrames });
  try {
    await inject(true);
    return true;
  } catch {
    // A frame of another site the grant does not cover may refuse the whole call: the top page at least.
    try {
      await inject(false);
      return true;
    } catch {
      return false;
    }
  }
}

interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
}
