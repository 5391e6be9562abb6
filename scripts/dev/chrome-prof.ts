import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, startServer } from '../../test/e2e/harness.ts';
import { FORMS } from '../../lib/forms/defs/index.ts';
const l40 = FORMS.find((f) => f.id === 'l40')!;
const parts = ['<!doctype html><title>Legeerklæring</title><h1>Legeerklæring ved arbeidsuførhet</h1><form>'];
for (let i = 0; i < 200; i++) {
  const f = l40.fields[i % l40.fields.length]!;
  const label = i < l40.fields.length ? `${f.number ?? ''} ${f.label}` : `Tilleggsopplysning ${i}`;
  parts.push(`<div class="row"><label for="f${i}">${label}</label>${f.kind === 'long' ? `<textarea id="f${i}"></textarea>` : `<input type="text" id="f${i}">`}</div>`);
}
mkdirSync(join(FIXTURES, '__prof'), { recursive: true });
writeFileSync(join(FIXTURES, '__prof/p.html'), parts.join(''));
const server = await startServer();
const b = await launch();
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${server.url}/__prof/p.html`);
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const self: Record<string, number> = {};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples!.forEach((s, i) => {
  const n = byId.get(s)!;
  const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self[k] = (self[k] ?? 0) + (profile.timeDeltas![i] ?? 0);
});
Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, v]) => console.log((v / 1000).toFixed(1), k));
console.log(await page.evaluate(() => performance.getEntriesByName('skjemahjelp:scan').map((e) => e.duration)));
await b.close();
await server.close();
rmSync(join(FIXTURES, '__prof'), { recursive: true });
