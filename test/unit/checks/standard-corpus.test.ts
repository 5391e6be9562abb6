import { describe, expect, it } from 'vitest';
import { isNynorsk } from '../../../lib/checks/standard.ts';
import { labelledTexts } from './corpus.ts';

/**
 * Over the labelled corpus (each text carries the standard its writer wrote in): the standard a fix is written in
 * (analyze().nynorsk, wired in lib/checks/standard.test.ts). Short texts with no telling word («Usikker prognose.»)
 * are bokmål by default, so nynorsk cannot reach 100 %.
 */
const texts = labelledTexts(['dev', 'blind']);

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
