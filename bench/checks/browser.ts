// Keystroke → underline latency in the real browser (system Chromium, built extension), on fixture pages.
// The caret sits before an underlined phrase, so every typed character moves the underline: we time from the
// keydown event to the first change in the overlay's shadow DOM (the squiggle moved), for textarea (mirror
// technique) and contenteditable (Highlight API: the change observed is the highlight registry update,
// read as the data-skjemahjelp-issues write that happens in the same task).
// Run: npx wxt build && npx tsx bench/checks/browser.ts   (WRITE_RESULTS=1 to update browser-RESULTS.md)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { launch, startServer } from '../../test/e2e/harness.ts';

const KEYS = Number(process.env.KEYS ?? 60);
const CASES = [
  { file: 'l40-semantic.html', sel: '#f-5-1', kind: 'textarea (L40 5.1, mirror underlines)' },
  { file: 'l1-react.html', sel: 'textarea[name="utdypende.uke8.pavirkerArbeidsevne"]', kind: 'React-controlled textarea (L1)' },
  { file: 'aev-contenteditable.html', sel: '#ed-helse', kind: 'contenteditable (AEV, Highlight API)' },
];

const server = await startServer();
const browser = await launch();
const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
log(`| field | keystrokes | p50 ms | p95 ms | max ms | within one frame (≤ 16.7 ms) |`);
log(`|---|---|---|---|---|---|`);
try {
  for (const c of CASES) {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/${c.file}`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'), null, { timeout: 10_000 });
    await page.waitForTimeout(500);
    const field = page.locator(c.sel);
    await field.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Pasienten kan ikke løfte tungt og kan ikke stå lenge.');
    await page.waitForTimeout(200);
    await page.keyboard.press('Control+Home');
    // Install the probe in the page's main world: keydown time → first overlay/attribute mutation after it.
    await page.evaluate(`(() => {
      window.__lat = [];
      let t0 = null;
      document.addEventListener('keydown', (e) => { t0 = e.timeStamp; }, true);
      const done = () => { if (t0 !== null) { window.__lat.push(performance.now() - t0); t0 = null; } };
      const host = document.querySelector('skjemahjelp-overlay');
      const mo = new MutationObserver(done);
      if (host && host.shadowRoot) mo.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
      mo.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-skjemahjelp-issues'] });
      if (${JSON.stringify(c.sel.startsWith('#ed'))}) {
        // Highlight updates do not mutate the DOM: sample the registry once per frame instead.
        let last = '';
        const tick = () => {
          const h = CSS.highlights.get('skjemahjelp-warning');
          const sig = h ? [...h].map((r) => r.startOffset + ':' + r.endOffset).join(',') : '';
          if (sig !== last) { last = sig; done(); }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }
    })()`);
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.type(i % 10 === 9 ? ' ' : 'x');
      await page.waitForTimeout(40);
    }
    const lat: number[] = await page.evaluate('window.__lat');
    const within = lat.filter((x) => x <= 16.7).length;
    log(
      `| ${c.kind} | ${lat.length} | ${pct(lat, 50).toFixed(1)} | ${pct(lat, 95).toFixed(1)} | ${Math.max(...lat).toFixed(1)} | ${((100 * within) / lat.length).toFixed(0)} % |`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (process.env.WRITE_RESULTS) {
  const header = `# Keystroke → underline latency in Chromium\n\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, system Chromium (headless), load average ${os.loadavg()[0]!.toFixed(1)}. Run: ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/checks/browser.ts\`.\nMeasured from the keydown event to the first change of the underline (overlay DOM or highlight registry).\n\n`;
  writeFileSync(join(import.meta.dirname, 'browser-RESULTS.md'), header + lines.join('\n') + '\n');
}
