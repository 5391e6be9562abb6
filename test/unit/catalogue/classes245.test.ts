import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 245 (a meat, poultry and egg cooperative among them), checked with other words than that
// set's: boning, the pens before stunning, the chicken line, ready meals, food safety, advice to farmers.

describe('classes of blind set 245', () => {
  it('reads the work at a slaughterhouse and a food plant', () => {
    expect(first('beiner ut bogene på slakteriet')).toBe('7511');
    expect(first('driver slaktedyra inn til bedøving')).toMatch(/^(7511|9329)$/);
    expect(first('tar ut innmaten på kyllinglinja')).toMatch(/^(7511|8160)$/);
    expect(first('koker ferdigretter på fabrikken')).toBe('8160');
    expect(first('følger opp HACCP og internrevisjon')).toBe('3257');
  });

  it('reads the advisers, the cold store and the boards', () => {
    expect(first('gir råd om fôring til eggprodusentene')).toBe('2132');
    expect(first('svinerådgiver')).toBe('2132');
    expect(first('reparerer kjøleaggregatene på fryseriet')).toBe('7127');
    expect(first('kjører pressa på sponplatefabrikken')).toBe('8172');
    expect(first('drar teinene fra sjarken')).toBe('6222');
  });
});
