import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { browsersToRun, launchBrowser, startServer, type BrowserName, type E2EBrowser, type FixtureServer } from './driver.ts';
import { EDITOR_CASES } from './editors/cases.ts';
import { fixFlow, iframeRecognition, paletteFlow, refusedFlow, type EditorRun } from './editors/body.ts';

/**
 * The shared editor body (test/e2e/editors/body.ts) over every real rich-text editor fixture, with the built
 * extension, in each browser of E2E_BROWSERS (default: Chromium and Firefox).
 */
for (const name of browsersToRun()) {
  describe(`rich-text editors [${name}]`, () => {
    let server: FixtureServer;
    let browser: E2EBrowser;
    const run: EditorRun = {
      get browser() {
        return browser;
      },
      get url() {
        return server.url;
      },
      pages: [],
    };
    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser(name as BrowserName);
    });
    afterEach(async () => {
      for (const p of run.pages.splice(0)) await p.close().catch(() => undefined);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('TinyMCE: each iframe body is the field its label outside names; the hidden textareas are not', async () => {
      await iframeRecognition(run);
    });

    it('an editor that refuses the write is left as it was, and its fixes become «Kopier»', async () => {
      await refusedFlow(run);
    });

    describe.each(EDITOR_CASES)('$name', (c) => {
      it('quick fix: underline, into the model, model = DOM, Ctrl+Z exact, redo, clean saved content', async () => {
        await fixFlow(run, c);
      });
      it('palette insert: into the model, model = DOM, Ctrl+Z exact, redo', async () => {
        await paletteFlow(run, c);
      });
    });
  });
}
