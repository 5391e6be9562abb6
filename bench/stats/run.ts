/**
 * Dashboard for a merged team (50 members × one year): validating the imports, building the model and
 * rendering the Preact dashboard (SVG charts + tables) into a DOM (happy-dom). The figure the issue asks for is
 * model + render ("renders in under 300 ms"); the in-browser number (full stats.html with IndexedDB) comes
 * from bench/stats/browser.ts. WRITE_RESULTS=1 updates RESULTS.md.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { checkImport } from '../../lib/stats/transfer.ts';
import { buildDashboard, presetPeriod } from '../../lib/stats/dashboard.ts';
import { Dashboard } from '../../components/stats/Dashboard.tsx';
import { type PackedRows, packedRowCount } from '../../lib/stats/packed.ts';
import { teamExports } from './generate.ts';

const MEMBERS = Number(process.env.MEMBERS ?? 50);
const TODAY = '2026-11-24';
const RUNS = 7;

const files = teamExports(MEMBERS, TODAY);
// Imports are stored packed (lib/stats/packed.ts); the page builds the team model from that form.
const sets: PackedRows[] = [];
let t = performance.now();
for (const f of files) {
  const c = await checkImport(f, { today: TODAY });
  if (!c.ok) throw new Error(c.errors.join('\n'));
  sets.push(c.file.rows);
}
const validateMs = performance.now() - t;
const rows = sets.reduce((s, x) => s + packedRowCount(x), 0);
const mb = files.reduce((s, f) => s + f.length, 0) / 1e6;

const win = new Window();
Object.assign(globalThis, { document: win.document, window: win });
const root = win.document.createElement('div');
win.document.body.append(root);

const model: number[] = [];
const paint: number[] = [];
let svgs = 0;
for (let i = 0; i < RUNS; i++) {
  render(null, root);
  t = performance.now();
  const m = buildDashboard(sets, presetPeriod('12m', TODAY));
  const t1 = performance.now();
  render(h(Dashboard, { model: m }), root);
  svgs = root.querySelectorAll('svg').length;
  paint.push(performance.now() - t1);
  model.push(t1 - t);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = model.map((m, i) => m + paint[i]!);
const lines = [
  `members: ${MEMBERS}, days: 365, rows: ${rows.toLocaleString('en')}, export files: ${mb.toFixed(1)} MB`,
  `validate all imports (zod): ${validateMs.toFixed(0)} ms (once per import, not per render)`,
  `model (median of ${RUNS}): ${med(model).toFixed(1)} ms`,
  `render Dashboard into DOM (median): ${med(paint).toFixed(1)} ms (${svgs} SVG charts)`,
  `model + render (median / max): ${med(total).toFixed(1)} / ${Math.max(...total).toFixed(1)} ms — budget 300 ms`,
];
console.log(lines.join('\n'));
await win.happyDOM.close();
if (med(total) > 300) process.exitCode = 1;
if (process.env.WRITE_RESULTS) {
  const { writeFileSync, readFileSync, existsSync } = await import('node:fs');
  const path = new URL('./RESULTS.md', import.meta.url);
  const prev = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const marker = '<!-- node -->';
  const block = `${marker}\n## Node (happy-dom), ${new Date().toISOString().slice(0, 10)}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n${marker}`;
  const re = new RegExp(`${marker}[\\s\\S]*${marker}`);
  writeFileSync(path, re.test(prev) ? prev.replace(re, block) : `${prev}${prev ? '\n' : ''}${block}\n`);
}
