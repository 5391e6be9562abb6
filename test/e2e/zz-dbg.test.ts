import { it } from 'vitest';
import { launch, startServer, waitFor, formOf } from './harness.ts';
it('dbg', async () => {
  const server = await startServer();
  const b = await launch();
  try {
    const page = await b.context.newPage();
    page.on('console', (m) => console.log('PAGE', m.text()));
    await page.goto(`${server.url}/l40-semantic.html`);
    console.log('form', await waitFor(() => formOf(page), 5000));
    const ok = await page.locator('skjemahjelp-overlay').waitFor({ state: 'attached', timeout: 8000 }).then(() => true, () => false);
    console.log('overlay mounted', ok);
    const id = b.extensionId;
    console.log('fetch static', await page.evaluate(async (id) => { try { const r = await fetch(`chrome-extension://${id}/overlay.js`); return 'ok ' + r.status; } catch (e) { return 'err ' + String(e); } }, id));
    console.log('loaf', JSON.stringify(await page.evaluate(() => performance.getEntriesByType('long-animation-frame').flatMap((e: any) => e.scripts.map((s: any) => [s.invoker, s.sourceURL, s.sourceFunctionName, s.invokerType])))));
    console.log('entries', JSON.stringify(await page.evaluate(() => performance.getEntries().map((e) => e.entryType + ' ' + e.name))));
    console.log('requests', JSON.stringify(b.requests.filter((r) => r.url.startsWith('chrome-extension')).map((r) => r.url)));
  } finally { await b.close(); await server.close(); }
});
