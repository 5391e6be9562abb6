// Content-script cost, measured in the real browser (system Chromium, built extension):
//  - a large page with no form (10,000 paragraphs, 3,000 links, a search box and a login form),
//  - a 200-field form page (L40 labels, repeated sections),
// each loaded REPEAT times with and without the extension. Reports:
//  - scan: main-thread time of recognition itself (performance.measure 'skjemahjelp:scan' from the content script),
//  - script delta: Chromium's ScriptDuration with the extension minus without (includes parsing/evaluating the bundle),
//  - time to recognition: navigation start → data-skjemahjelp-form set (form page only),
//  - bundle size of content.js (raw and gzip).
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, EXTENSION, FIXTURES, launch, startServer } from '../../test/e2e/harness.ts';
import { FORMS } from '../../lib/forms/defs/index.ts';

const REPEAT = Number(process.env.REPEAT ?? 15);

function largeNoFormPage(): string {
  const parts = ['<!doctype html><html lang="no"><head><meta charset="utf-8"><title>Nyheter – stor side</title></head><body>'];
  parts.push('<header><form role="search"><input type="search" name="q"></form><form><label>Brukernavn <input type="text" name="username"></label><label>Passord <input type="password"></label></form></header><main>');
  for (let i = 0; i < 10_000; i++) parts.push(`<p>Avsnitt ${i}: Lorem ipsum om sykmelding, arbeid og helse <a href="#a${i % 3000}">lenke ${i}</a>.</p>`);
  parts.push('</main></body></html>');
  return parts.join('\n');
}

function form200Page(): string {
  const l40 = FORMS.find((f) => f.id === 'l40')!;
  const parts = ['<!doctype html><html lang="no"><head><meta charset="utf-8"><title>Legeerklæring ved arbeidsuførhet (NAV 08-07.08)</title></head><body><h1>Legeerklæring ved arbeidsuførhet</h1><form>'];
  for (let i = 0; i < 200; i++) {
    const f = l40.fields[i % l40.fields.length]!;
    const id = `f${i}`;
    const label = i < l40.fields.length ? `${f.number ?? ''} ${f.label}` : `Tilleggsopplysning ${i}`;
    parts.push(`<div class="row"><label for="${id}">${label}</label>${f.kind === 'long' ? `<textarea id="${id}"></textarea>` : `<input type="text" id="${id}">`}</div>`);
  }
  parts.push('</form></body></html>');
  return parts.join('\n');
}

async function measure(ctx: BrowserContext, url: string, waitForm: boolean) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  let recognisedAt: number | null = null;
  if (waitForm) {
    recognisedAt = await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form') && performance.now(), null, { polling: 'raf', timeout: 15_000 }).then((h) => h.jsonValue() as Promise<number>).catch(() => null);
  }
  await page.waitForTimeout(700); // document_idle + first scan
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const scans = await page.evaluate(() => performance.getEntriesByName('skjemahjelp:scan').map((e) => e.duration));
  const init = await page.evaluate(() => performance.getEntriesByName('skjemahjelp:init').map((e) => e.duration)[0] ?? NaN);
  await page.close();
  return { scriptMs, scans, recognisedAt, init };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');

const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-bench-'));
writeFileSync(join(dir, 'large.html'), largeNoFormPage());
writeFileSync(join(dir, 'form200.html'), form200Page());
const server = await startServer();
// The harness serves fixtures; place the generated pages there temporarily under a bench/ prefix.
const benchDir = join(FIXTURES, '__bench');
rmSync(benchDir, { recursive: true, force: true });
(await import('node:fs')).mkdirSync(benchDir);
for (const f of ['large.html', 'form200.html']) writeFileSync(join(benchDir, f), readFileSync(join(dir, f)));

const withExt = await launch();
const plainDir = mkdtempSync(join(tmpdir(), 'skjemahjelp-plain-'));
const plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
try {
  for (const [name, file, waitForm] of [
    ['large page, no form', 'large.html', false],
    ['200-field L40 form', 'form200.html', true],
  ] as const) {
    const url = `${server.url}/__bench/${file}`;
    const a: number[] = [], b: number[] = [], scans: number[] = [], inits: number[] = [], rec: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const m = await measure(withExt.context, url, waitForm);
      const p = await measure(plain, url, false);
      a.push(m.scriptMs);
      b.push(p.scriptMs);
      scans.push(m.scans.reduce((s, x) => s + x, 0));
      inits.push(m.init);
      if (m.recognisedAt !== null) rec.push(m.recognisedAt);
    }
    const delta = a.map((x, i) => x - b[i]!);
    log(`\n### ${name} (${REPEAT} loads each)`);
    log(`| measure | p50 | p95 |`);
    log(`|---|---|---|`);
    log(`| content script start-up (main(): first scan, observer, listeners), ms | ${f2(pct(inits, 50))} | ${f2(pct(inits, 95))} |`);
    log(`| all recognition scans during the load, main thread, ms | ${f2(pct(scans, 50))} | ${f2(pct(scans, 95))} |`);
    log(`| ScriptDuration with extension − without, ms | ${f2(pct(delta, 50))} | ${f2(pct(delta, 95))} |`);
    if (waitForm) log(`| navigation start → data-skjemahjelp-form set, ms | ${f2(pct(rec, 50))} | ${f2(pct(rec, 95))} |`);
  }
  const js = readFileSync(join(EXTENSION, 'content-scripts/content.js'));
  log(`\ncontent.js: ${(js.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(js).length / 1024).toFixed(1)} KiB gzip`);
} finally {
  await withExt.close();
  await plain.close();
  await server.close();
  rmSync(benchDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  rmSync(plainDir, { recursive: true, force: true });
}
if (process.env.WRITE_RESULTS) {
  const os = await import('node:os');
  const header = `# Content-script cost\n\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium (system). Run: \`npm run bench:content\` (${new Date().toISOString().slice(0, 10)}).\n`;
  writeFileSync(join(import.meta.dirname, 'RESULTS.md'), header + lines.join('\n') + '\n');
}
