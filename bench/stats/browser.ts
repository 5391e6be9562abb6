/**
 * The same 50 members × one year in the real stats.html (system Chromium, built extension, IndexedDB):
 * import all 50 files through «Importer», then time switching to the team view — loading nothing new, building
 * the model from ~400k rows and rendering the charts, until the next frame. Needs `npx wxt build` first.
 * WRITE_RESULTS=1 updates RESULTS.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../test/e2e/harness.ts';
import { teamExports } from './generate.ts';

const MEMBERS = Number(process.env.MEMBERS ?? 50);
const RUNS = 7;
const today = new Date().toISOString().slice(0, 10);
const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-stats-bench-'));
const paths = teamExports(MEMBERS, today).map((text, i) => {
  const p = join(dir, `medlem-${i + 1}.json`);
  writeFileSync(p, text);
  return p;
});

// EXTENSION_PATH: a private copy of the build, when others rebuild .output/ meanwhile.
const b = await launch({ extensionPath: process.env.EXTENSION_PATH });
try {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/stats.html`);
  await page.getByRole('button', { name: 'Importer', exact: true }).waitFor();
  let t = Date.now();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importer', exact: true }).click()]);
  await chooser.setFiles(paths);
  await page.getByText(`${MEMBERS} av ${MEMBERS} filer importert.`).waitFor({ timeout: 120_000 });
  const importMs = Date.now() - t;

  const switchTo = (name: string) =>
    page.evaluate(async (label) => {
      const radio = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement?.textContent?.includes(label))!;
      const t0 = performance.now();
      radio.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t0, svgs: document.querySelectorAll('svg').length, forms: document.querySelector('.tile-value')?.textContent };
    }, name);
  const team: number[] = [];
  let last = { ms: 0, svgs: 0, forms: '' as string | null | undefined };
  for (let i = 0; i < RUNS; i++) {
    await switchTo('Mine tall');
    last = await switchTo('Teamet');
    team.push(last.ms);
  }
  t = Date.now();
  await page.reload();
  await page.locator('.dashboard, .empty').first().waitFor();
  const reloadMs = Date.now() - t;
  const med = [...team].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const lines = [
    `members: ${MEMBERS} × 365 days, Chromium ${b.context.browser()?.version() ?? ''}`.trim(),
    `import ${MEMBERS} files via «Importer» (validate + write): ${importMs} ms`,
    `switch to team view, model + render + next frame (median / max of ${RUNS}): ${med.toFixed(0)} / ${Math.max(...team).toFixed(0)} ms — budget 300 ms`,
    `team view shows ${last.forms} forms in ${last.svgs} SVG charts`,
    `reload stats.html with all imports stored, until the dashboard is shown: ${reloadMs} ms`,
  ];
  console.log(lines.join('\n'));
  if (med > 300) process.exitCode = 1;
  if (process.env.WRITE_RESULTS) {
    const path = new URL('./RESULTS.md', import.meta.url);
    const prev = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const marker = '<!-- browser -->';
    const block = `${marker}\n## Chromium (stats.html, IndexedDB), ${today}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n${marker}`;
    const re = new RegExp(`${marker}[\\s\\S]*${marker}`);
    writeFileSync(path, re.test(prev) ? prev.replace(re, block) : `${prev}${prev ? '\n' : ''}${block}\n`);
  }
} finally {
  await b.close();
  rmSync(dir, { recursive: true, force: true });
}
