import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type FixtureServer } from './harness.ts';
import { EDITOR_CASES } from './editors/cases.ts';
import { fixFlow, openEditor, paletteFlow, VAGUE, type EditorDriver } from './editors/body.ts';
import { playwrightDriver } from './editors/playwright-driver.ts';

/**
 * The shared editor body (test/e2e/editors/body.ts) over every real rich-text editor fixture, in the system
 * Chromium with the built extension. Firefox runs the same body: test/e2e/firefox-editors.test.ts.
 */
let server: FixtureServer;
let browser: Browser;
let d: EditorDriver;
beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  d = playwrightDriver(browser, server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(EDITOR_CASES)('$name', (c) => {
  it('quick fix: underline, into the model, model = DOM, Ctrl+Z exact, redo, clean saved content', async () => {
    try {
      await fixFlow(d, c);
    } finally {
      await d.close();
    }
  });

  it('palette insert: into the model, model = DOM, Ctrl+Z exact, redo', async () => {
    try {
      await paletteFlow(d, c);
    } finally {
      await d.close();
    }
  });
});
