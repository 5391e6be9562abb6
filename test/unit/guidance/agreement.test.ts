import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/checks/lint.ts';
import { evaluateChecklist } from '../../../lib/guidance/index.ts';
import { CORPUS_DIR, labelledTexts } from '../checks/corpus.ts';

/**
 * The score and the Huskeliste read one analysis: over every text of the corpus, the score's «Mål» and «Hva
 * pasienten kan» dimensions and the Huskeliste's «Funksjonen er beskrevet med mål» and «Det står hva pasienten
 * kan» must say the same thing about the same field text.
 */
const texts: { field: string; text: string }[] = labelledTexts(['dev', 'blind']);
for (const f of readdirSync(join(CORPUS_DIR, 'legacy')))
  for (const l of readFileSync(join(CORPUS_DIR, 'legacy', f), 'utf8').split('\n')) {
    if (!l.trim() || l.startsWith('#')) continue;
    const p = l.split('|');
    texts.push({ field: p[0]!.trim(), text: p.slice(2).join('|').trim().replace(/\\n/g, '\n') });
  }

const PAIRS: [dimension: string, item: string][] = [
  ['measures', 'l40.funksjon-mal'],
  ['capacity', 'l40.kan'],
];

describe('score and Huskeliste agree', () => {
  const fields = ['l40.5.1', 'l40.5.6.2'];
  const cases = texts.filter((t) => fields.includes(t.field));
  it(`over ${cases.length} corpus texts in ${fields.join(', ')}`, () => {
    expect(cases.length).toBeGreaterThan(200);
    const disagreements: string[] = [];
    for (const { field, text } of cases) {
      const dims = Object.fromEntries(lint(text, field).dimensions.map((d) => [d.id, d.met]));
      const items = Object.fromEntries(evaluateChecklist('l40', { [field]: text }).map((s) => [s.item.id, s.done]));
      for (const [dim, item] of PAIRS) {
        if (!(dim in dims)) continue;
        if (dims[dim] !== items[item]) disagreements.push(`${field} ${dim}=${dims[dim]} ${item}=${items[item]}: ${text.slice(0, 80)}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The corpus grows with every blind set that moves into dev/ (4,000+ texts here), so allow for a loaded machine.
  }, 120_000);
});
