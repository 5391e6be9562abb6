/**
 * `npm run eval:checks`: runs lint() over the labelled corpora and prints how often the engine agrees with the
 * writers' labels (test/corpus/checks/POLICY.md). A text labelled «vague» should get at least one warning or
 * error; a «concrete» text none.
 *
 *   dev     test/corpus/checks/dev/*.jsonl    written by independent writers; the engine is tuned on these
 *   blind   test/corpus/checks/blind/*.jsonl  written by other writers; never tuned on (errors are never printed)
 *   legacy  test/corpus/checks/legacy/*.txt   the first corpus, labelled per rule under the old policy
 *
 * Flags: --set dev|blind|legacy (default all), --errors (dev only: lists disagreements), --explain (with
 * --errors: also prints the engine's statements), --write (writes RESULTS.md), --json.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explain, lint } from '../lib/checks/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/corpus/checks');

export interface Item {
  id: string;
  set: 'dev' | 'blind' | 'legacy';
  writer: string;
  field: string;
  lang: 'nb' | 'nn';
  vague: boolean;
  problems: string[];
  spans: string[];
  text: string;
}

export function loadJsonl(set: 'dev' | 'blind'): Item[] {
  const out: Item[] = [];
  const d = join(dir, set);
  for (const f of readdirSync(d)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(d, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const x = JSON.parse(line) as { id: string; field: string; lang: 'nb' | 'nn'; label: string; problems?: string[]; spans?: string[]; text: string };
      out.push({
        id: x.id,
        set,
        writer: f.replace('.jsonl', ''),
        field: x.field,
        lang: x.lang,
        vague: x.label === 'vague',
        problems: x.problems ?? [],
        spans: x.spans ?? [],
        text: x.text,
      });
    }
  }
  return out;
}

const WARNING_RULES = new Set(['vague-quantity', 'global-verdict', 'reference', 'symptoms-only', 'too-short']);
const NYNORSK = /\b(ikkje|eg|ho|berre|meir|kva|noko|nokon|korleis|dei|frå|mykje|klarar)\b/i;

/** The first corpus: `field | rules | text`, labelled per rule; vague = any warning-level rule expected. */
export function loadLegacy(): Item[] {
  const out: Item[] = [];
  for (const f of ['corpus.txt', 'blind.txt']) {
    let n = 0;
    for (const line of readFileSync(join(dir, 'legacy', f), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      n++;
      const p1 = line.indexOf('|');
      const p2 = line.indexOf('|', p1 + 1);
      const labels = line.slice(p1 + 1, p2).trim();
      const text = line
        .slice(p2 + 1)
        .trim()
        .replace(/\\n/g, '\n');
      const rules = labels ? labels.split(',').map((s) => s.trim()) : [];
      out.push({
        id: `${f.replace('.txt', '')}-${n}`,
        set: 'legacy',
        writer: f.replace('.txt', ''),
        field: line.slice(0, p1).trim(),
        lang: NYNORSK.test(text) ? 'nn' : 'nb',
        vague: rules.some((r) => WARNING_RULES.has(r)),
        problems: rules,
        spans: [],
        text,
      });
    }
  }
  return out;
}

/** Field kinds for reporting (by form and what the field asks for). */
export function kindOf(field: string): string {
  if (field === 'aev.begrunnelse') return 'AEV i ett felt';
  if (field.startsWith('aev.')) return 'AEV-felt';
  if (field === 'l40.5.1') return 'L40 5.1 funksjon';
  if (field.startsWith('l40.')) return 'L40 arbeid (5.3, 5.6.x)';
  if (/^l1\.u(7|17|39)\.3$|^l1\.6\.5\.4$/.test(field) && field !== 'l1.u7.3') return 'L1 tid/behandling';
  if (field.startsWith('l1.')) return 'L1 funksjon/mestring';
  return 'annet';
}

interface Outcome {
  item: Item;
  warned: boolean;
  rules: string[];
  /** Labelled spans overlapped by a warning-level diagnostic. */
  spansHit: number;
}

function run(items: Item[]): Outcome[] {
  return items.map((item) => {
    const diags = lint(item.text, item.field).diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
    let spansHit = 0;
    for (const s of item.spans) {
      const at = item.text.indexOf(s);
      if (at >= 0 && diags.some((d) => d.start < at + s.length && d.end > at)) spansHit++;
    }
    return { item, warned: diags.length > 0, rules: [...new Set(diags.map((d) => d.rule))], spansHit };
  });
}

interface Figures {
  n: number;
  vague: number;
  concrete: number;
  recall: number;
  precision: number;
  falseAlarm: number;
  accuracy: number;
  spanRecall: number;
  spans: number;
}

function figures(os: Outcome[]): Figures {
  const vague = os.filter((o) => o.item.vague);
  const concrete = os.filter((o) => !o.item.vague);
  const tp = vague.filter((o) => o.warned).length;
  const fp = concrete.filter((o) => o.warned).length;
  const spans = vague.reduce((s, o) => s + o.item.spans.length, 0);
  const spansHit = vague.reduce((s, o) => s + o.spansHit, 0);
  return {
    n: os.length,
    vague: vague.length,
    concrete: concrete.length,
    recall: tp / vague.length,
    precision: tp / (tp + fp),
    falseAlarm: fp / concrete.length,
    accuracy: (tp + concrete.length - fp) / os.length,
    spanRecall: spans ? spansHit / spans : NaN,
    spans,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '–');

function table(title: string, groups: [string, Outcome[]][]): string[] {
  const lines = [
    `#### ${title}`,
    '',
    '| group | texts | vague | concrete | recall (vague warned) | precision | false alarms (concrete warned) | vague statements underlined |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, os] of groups) {
    if (!os.length) continue;
    const f = figures(os);
    lines.push(
      `| ${name} | ${f.n} | ${f.vague} | ${f.concrete} | ${pct(f.recall)} | ${pct(f.precision)} | ${pct(f.falseAlarm)} | ${f.spans ? pct(f.spanRecall) : '–'} |`,
    );
  }
  return lines;
}

function groupBy(os: Outcome[], key: (o: Outcome) => string): [string, Outcome[]][] {
  const m = new Map<string, Outcome[]>();
  for (const o of os) {
    const k = key(o);
    m.set(k, [...(m.get(k) ?? []), o]);
  }
  return [...m].sort(([a], [b]) => a.localeCompare(b));
}

function report(set: string, os: Outcome[]): string[] {
  return [
    ...table(`${set}: overall and per written standard`, [['all', os], ...groupBy(os, (o) => (o.item.lang === 'nn' ? 'nynorsk' : 'bokmål'))]),
    '',
    ...table(
      `${set}: per field kind`,
      groupBy(os, (o) => kindOf(o.item.field)),
    ),
    '',
    ...table(
      `${set}: per writer`,
      groupBy(os, (o) => o.item.writer),
    ),
    '',
  ];
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const arg = (k: string) => process.argv.includes(k);
  const setArg = process.argv[process.argv.indexOf('--set') + 1];
  const sets = (arg('--set') ? [setArg] : ['dev', 'blind', 'legacy']) as Item['set'][];
  const out: string[] = [];
  const summary: Record<string, Figures> = {};
  for (const set of sets) {
    const items = set === 'legacy' ? loadLegacy() : loadJsonl(set);
    const os = run(items);
    summary[set] = figures(os);
    out.push(...report(set, os));
    if (set === 'dev' && arg('--errors')) {
      out.push('Disagreements (dev):');
      for (const o of os.filter((o) => o.warned !== o.item.vague)) {
        out.push(`- ${o.item.id} ${o.item.field} labelled ${o.item.vague ? 'VAGUE' : 'concrete'} [${o.item.problems.join(',')}] got [${o.rules.join(',')}]`);
        out.push(`    ${o.item.text.replace(/\n/g, ' / ')}`);
        if (o.item.spans.length) out.push(`    spans: ${o.item.spans.map((s) => `«${s}»`).join(' ')}`);
        if (arg('--explain')) for (const l of explain(o.item.text, o.item.field)) out.push(`    ${l}`);
      }
    }
  }
  if (arg('--json')) console.log(JSON.stringify(summary, null, 2));
  else console.log(out.join('\n'));
  if (arg('--write')) {
    const prev = readFileSync(join(dir, 'RESULTS.md'), 'utf8');
    const head = prev.split('<!-- generated -->')[0]!;
    writeFileSync(join(dir, 'RESULTS.md'), `${head}<!-- generated -->\n\nGenerated by \`npm run eval:checks -- --write\`.\n\n${out.join('\n')}\n`);
  }
}
