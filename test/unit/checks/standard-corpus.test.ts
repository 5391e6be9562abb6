import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNynorsk } from '../../../lib/checks/standard.ts';

/**
 * Over the labelled corpus (each text carries the standard its writer wrote in): the standard a fix is written in
 * (analyze().nynorsk, wired in lib/checks/standard.test.ts). Short texts with no telling word («Usikker prognose.»)
 * are bokmål by default, so nynorsk cannot reach 100 %.
 */
const root = join(import.meta.dirname, '../../corpus/checks');
const texts: { text: string; lang: string }[] = [];
for (const set of ['dev', 'blind'])
  for (const f of readdirSync(join(root, set)).filter((x) => x.endsWith('.jsonl')))
    for (const l of readFileSync(join(root, set, f), 'utf8')
      .split('\n')
      .filter(Boolean))
      texts.push(JSON.parse(l));

describe('the written standard over the corpus', () => {
  for (const lang of ['nn', 'nb']) {
    const cases = texts.filter((t) => t.lang === lang);
    it(`${lang}: ${cases.length} texts`, () => {
      expect(cases.length).toBeGreaterThan(1000);
      const right = cases.filter((t) => isNynorsk(t.text) === (lang === 'nn')).length;
      expect(right / cases.length).toBeGreaterThan(lang === 'nn' ? 0.94 : 0.995);
    });
  }
});
