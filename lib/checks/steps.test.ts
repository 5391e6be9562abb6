import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps } from './analyze.ts';
import { lint, lintSteps } from './lint.ts';

const para = (i: number) =>
  `Pasienten kan ikke løfte tungt og blir fort sliten. Hun går ca. ${200 + i} m før hun må hvile. Redusert konsentrasjon ved skjermarbeid.\n\n`;
const LONG = Array.from({ length: 400 }, (_, i) => para(i)).join('');

describe('the engine in steps', () => {
  it('yields between pieces of a long text and ends with what lint() returns', () => {
    const steps = lintSteps(LONG, 'l40.5.1');
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    // 400 paragraphs: tokens and sentences in batches, then one step per rule.
    expect(yields).toBeGreaterThan(20);
    expect(r.value).toEqual(lint(LONG, 'l40.5.1'));
  });

  it('analyzeSteps run to the end is analyze()', () => {
    const steps = analyzeSteps(LONG);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(r.value.statements).toEqual(analyze(LONG).statements);
  });

  it('analyses a text once for all its readers (the checks, the Huskeliste, the yrke comparison)', () => {
    const text = `${LONG}Ny setning.`;
    expect(analyze(text)).toBe(analyze(text));
    expect(analyze(text)).not.toBe(analyze(`${text} `));
    // Short texts are analysed again: cheaper than keeping them.
    expect(analyze('Kan gå 300 m.')).not.toBe(analyze('Kan gå 300 m.'));
  });
});
