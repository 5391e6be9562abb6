import { describe, expect, it } from 'vitest';
import { compareWithLimitations, describeForInsert, type Limitations } from '../../../lib/catalogue/compare.ts';
import { entry } from './fixture.ts';

const helsefag = entry('5321', 'Helsefagarbeidere', ['hjelpepleier'], { lift: 3, mobility: 2, sit: 0, stress: 2, social: 1 }, { shift: 3 });

describe('compareWithLimitations', () => {
  const lim: Limitations = {
    lift: { limited: true, measured: true, quantities: ['maks 5 kg'], evidence: ['kan løfte maks 5 kg'] },
    mobility: { limited: true, measured: false, quantities: [], evidence: ['vondt å gå'] },
    sit: { limited: true, measured: true, quantities: ['20 minutter'], evidence: ['kan sitte 20 minutter'] },
    social: { limited: false, measured: false, quantities: [], evidence: [] },
    social2: undefined,
  } as Limitations;
  const c = compareWithLimitations(helsefag, lim);
  it('high demand against a documented limitation is a conflict, with the quantity in the reason', () => {
    expect(c.lift.verdict).toBe('conflict');
    expect(c.lift.reason).toContain('maks 5 kg');
  });
  it('moderate demand against an unmeasured limitation is uncertain', () => {
    expect(c.mobility.verdict).toBe('uncertain');
    expect(c.mobility.reason).toContain('ikke tallfestet');
  });
  it('a limitation in an area the yrke hardly needs is compatible', () => {
    expect(c.sit.verdict).toBe('compatible');
  });
  it('no limitation is compatible; undocumented high demands are uncertain', () => {
    expect(c.social.verdict).toBe('compatible');
    expect(c.stress.verdict).toBe('uncertain');
    expect(c.hands.verdict).toBe('compatible');
  });
  it('the same moderate demand becomes a conflict once measured', () => {
    const m = compareWithLimitations(helsefag, { mobility: { limited: true, measured: true, quantities: ['gå 100 meter'], evidence: [] } });
    expect(m.mobility.verdict).toBe('conflict');
  });
});

describe('describeForInsert', () => {
  it('names the yrke with code, tasks, conflicts and compatible areas', () => {
    const c = compareWithLimitations(helsefag, { lift: { limited: true, measured: true, quantities: ['maks 5 kg'], evidence: [] } });
    const text = describeForInsert(helsefag, c);
    expect(text).toContain('Helsefagarbeidere (STYRK-08 5321)');
    expect(text).toMatch(/Typiske oppgaver: utføre oppgave én/);
    expect(text).toMatch(/konflikt[^\n]*Løfte\/bære/);
    expect(text).toMatch(/Forenlig med dokumentasjonen:[^\n]*Sitte/);
    expect(text).toContain('skift/turnus/natt');
    expect(text).toMatch(/Typiske oppgaver: utføre oppgave én/);
  });
  it('names documented limitations the yrke hardly asks for, separately from plain compatible areas', () => {
    const c = compareWithLimitations(helsefag, { sit: { limited: true, measured: true, quantities: ['20 minutter'], evidence: [] } });
    const text = describeForInsert(helsefag, c);
    expect(text).toMatch(/stiller små krav til: Sitte\./);
    expect(text).not.toMatch(/Forenlig med dokumentasjonen:[^\n]*Sitte/);
  });
  it('says so when nothing conflicts', () => {
    const text = describeForInsert(helsefag, compareWithLimitations(helsefag, {}));
    expect(text).toContain('Ingen av yrkets krav er i klar konflikt');
  });
});

describe('measured capacity against a high demand', () => {
  it('is uncertain, not compatible: «kan gå 200 meter» does not cover walking all day', async () => {
    const { compareWithLimitations } = await import('../../../lib/catalogue/compare.ts');
    const c = compareWithLimitations({ demands: { mobility: { level: 3, reason: 'Går hele dagen' } } } as never, {
      mobility: { limited: false, measured: true, quantities: ['200 meter'], evidence: ['Kan gå 200 meter'] },
    });
    expect(c.mobility.verdict).toBe('uncertain');
    expect(c.mobility.reason).toContain('200 meter');
    const low = compareWithLimitations({ demands: { mobility: { level: 1, reason: 'Noe gåing' } } } as never, {
      mobility: { limited: false, measured: true, quantities: ['200 meter'], evidence: ['Kan gå 200 meter'] },
    });
    expect(low.mobility.verdict).toBe('compatible');
  });
});
