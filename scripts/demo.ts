// The main job: build the extension, serve the example forms on 127.0.0.1 and open Chromium with the extension.
// With a display it opens a real window with every example form in a tab; without one (or with --headless)
// it runs headless and writes a screenshot of each example form with the extension active.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, launch, startServer } from '../test/e2e/harness.ts';

interface FixtureCase {
  file: string;
  kind: string;
  form: string | null;
  frame: string | null;
  ready: string | null;
  typeInto: string | null;
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY || process.env.CI === 'true';
const cases: FixtureCase[] = JSON.parse(readFileSync(process.env.FIXTURE_MANIFEST ?? join(FIXTURES, 'manifest.json'), 'utf8'));
const SAMPLE = 'Pasienten kan ikke løfte tungt og tåler ikke stress.';

console.log('Bygger utvidelsen …');
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const server = await startServer();
console.log(`Eksempelskjemaene serveres på ${server.url}/`);

if (!headless) {
  const browser = await launch({ headless: false });
  for (const c of cases) await (await browser.context.newPage()).goto(`${server.url}/${c.file}`);
  console.log('Chromium er åpnet med Skjemahjelp. Lukk nettleservinduet for å avslutte.');
  await new Promise<void>((r) => browser.context.on('close', () => r()));
  await server.close();
  process.exit(0);
}

const out = join(ROOT, 'demo-screenshots');
mkdirSync(out, { recursive: true });
const browser = await launch({ headless: true });
for (const c of cases) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/${c.file}`);
  if (c.ready) await page.waitForFunction(c.ready, null, { timeout: 10_000 }).catch(() => undefined);
  let target: import('playwright-core').Page | import('playwright-core').Frame = page;
  if (c.frame) target = (await (await page.waitForSelector(c.frame)).contentFrame()) ?? page;
  await page.waitForTimeout(600);
  if (c.typeInto) {
    const field = target.locator(c.typeInto);
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await page.keyboard.type(SAMPLE);
    // The hint card opens by itself on focus; open it from the badge only if it was folded away.
    const badge = target.locator('[data-sh-badge]');
    const card = target.locator('[data-sh-card]');
    if (!(await card.isVisible().catch(() => false)) && (await badge.isVisible().catch(() => false))) await badge.click();
    await page.waitForTimeout(300);
  }
  const form = await target.evaluate(() => document.documentElement.getAttribute('data-skjemahjelp-form'));
  // Counted through open shadow roots too (web-component forms).
  const fields: number = await target.evaluate(`(() => {
    let n = 0;
    const visit = (root) => { n += root.querySelectorAll('[data-skjemahjelp-field]').length; for (const h of root.querySelectorAll('*')) if (h.shadowRoot) visit(h.shadowRoot); };
    visit(document);
    return n;
  })()`);
  const file = join(out, c.file.replace('.html', '').replace(/[^a-z0-9-]+/gi, '-') + '.png');
  await page.screenshot({ path: file });
  console.log(`${c.file.padEnd(32)} ${form ? `gjenkjent som ${form}, ${fields} felt` : 'ingen skjema (som forventet)'.padEnd(20)}  → ${file}`);
  await page.close();
}
await browser.close();
await server.close();
console.log(`\nSkjermbilder ligger i ${out}`);
