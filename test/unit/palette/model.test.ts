import { describe, expect, it } from 'vitest';
import { areaSummary, countVerdicts, formOfKey, framedInsert, isIntendedTarget, keyAction, move } from '../../../lib/palette/model.ts';
import type { AreaResult } from '../../../lib/messaging/protocol.ts';

describe('palette keys', () => {
  it('maps keys by where focus is', () => {
    expect(keyAction({ key: 'Enter' }, 'search')).toBe('insert');
    expect(keyAction({ key: 'Enter', ctrlKey: true }, 'search')).toBe('copy');
    expect(keyAction({ key: 'Enter', metaKey: true }, 'list')).toBe('copy');
    expect(keyAction({ key: 'ArrowDown' }, 'search')).toBe('down');
    expect(keyAction({ key: 'ArrowUp' }, 'list')).toBe('up');
    expect(keyAction({ key: 'Home' }, 'list')).toBe('first');
    // Home/End move the caret in the search box.
    expect(keyAction({ key: 'Home' }, 'search')).toBeNull();
    // Enter writes a line break in the note field; Escape still closes.
    expect(keyAction({ key: 'Enter' }, 'note')).toBeNull();
    expect(keyAction({ key: 'ArrowDown' }, 'note')).toBeNull();
    expect(keyAction({ key: 'Escape' }, 'note')).toBe('close');
    expect(keyAction({ key: 'a' }, 'search')).toBeNull();
  });

  it('moves within bounds', () => {
    expect(move(-1, 3, 'down')).toBe(0);
    expect(move(2, 3, 'down')).toBe(2);
    expect(move(0, 3, 'up')).toBe(0);
    expect(move(2, 3, 'up')).toBe(1);
    expect(move(1, 3, 'last')).toBe(2);
    expect(move(1, 0, 'down')).toBe(-1);
  });
});

describe('insert framing', () => {
  it('separates the text from what is there', () => {
    expect(framedInsert('', 0, 0, 'T')).toBe('T');
    expect(framedInsert('\n', 0, 0, 'T')).toBe('T');
    expect(framedInsert('Før.', 4, 4, 'T')).toBe('\n\nT');
    expect(framedInsert('Før.\n', 5, 5, 'T')).toBe('\nT');
    expect(framedInsert('Før.\n\n', 6, 6, 'T')).toBe('T');
    expect(framedInsert('Før. Etter.', 4, 5, 'T')).toBe('\n\nT\n\n');
    expect(framedInsert('Etter.', 0, 0, 'T')).toBe('T\n\n');
  });

  it('knows forms and intended targets', () => {
    expect(formOfKey('l40.5.3')).toBe('l40');
    expect(formOfKey('aev.yrker')).toBe('aev');
    expect(formOfKey('x.y')).toBeNull();
    expect(formOfKey(null)).toBeNull();
    expect(isIntendedTarget('l40.5.3')).toBe(true);
    expect(isIntendedTarget('aev.yrker')).toBe(true);
    expect(isIntendedTarget('l40.5.1')).toBe(false);
    expect(isIntendedTarget('l1.6.2.2')).toBe(false);
    expect(isIntendedTarget('aev.begrunnelse')).toBe(true);
    expect(isIntendedTarget('aev.helse')).toBe(true);
    expect(isIntendedTarget('l1.u17.2')).toBe(false);
  });
});

describe('area summary', () => {
  const a = (verdict: AreaResult['verdict'], demand: number | null): AreaResult => ({
    area: 'lift',
    label: 'Løfte/bære',
    demand,
    verdict,
    reason: 'Fordi.',
    limited: true,
  });
  it('reads label, demand, verdict and reason', () => {
    expect(areaSummary(a('conflict', 3))).toBe('Løfte/bære: høye krav (3 av 3). Konflikt. Fordi.');
    expect(areaSummary(a('uncertain', null))).toBe('Løfte/bære: krav ikke beskrevet. Usikker. Fordi.');
    expect(countVerdicts([a('conflict', 3), a('conflict', 2), a('compatible', 0)])).toEqual({ compatible: 1, uncertain: 0, conflict: 2 });
  });
});
