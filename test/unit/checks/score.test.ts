import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/checks/index.ts';

const dims = (t: string, field = 'l40.5.1') => Object.fromEntries(lint(t, field).dimensions.map((d) => [d.id, d]));

describe('score', () => {
  it('is 0 for empty text and 0–100 otherwise', () => {
    expect(lint('', 'l40.5.1').score).toBe(0);
    for (const t of ['x', 'Kan ikke løfte tungt.', 'Kan løfte 5 kg. Kan gå 1 km. Kan sitte 1 time. Forventet bedring innen 3 mnd.']) {
      const s = lint(t, 'l40.5.1').score;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
  });
  it('shows the dimensions behind it, with advice', () => {
    const d = dims('Kan ikke løfte tungt og har vondt i ryggen hele tiden.');
    expect(Object.keys(d).sort()).toEqual(['areas', 'capacity', 'duration', 'measures']);
    expect(d.areas!.met).toBe(true);
    expect(d.measures!.met).toBe(false);
    expect(d.capacity!.met).toBe(false);
    expect(d.duration!.met).toBe(false);
    for (const x of Object.values(d)) expect(x!.advice.length).toBeGreaterThan(5);
  });
  it('rises as the description gets concrete', () => {
    const steps = [
      'Kan ikke løfte tungt og har vondt i ryggen hele tiden.',
      'Kan ikke løfte over 5 kg og har vondt i ryggen hele tiden.',
      'Kan ikke løfte over 5 kg. Kan gå 1 km og sitte 30 min.',
      'Kan ikke løfte over 5 kg. Kan gå 1 km og sitte 30 min. Forventet bedring innen 3 mnd.',
    ];
    const scores = steps.map((t) => lint(t, 'l40.5.1').score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeGreaterThan(scores[i - 1]!);
    expect(scores.at(-1)).toBeGreaterThanOrEqual(90);
  });
  it('uses the work dimension where work relation is asked for', () => {
    expect(dims('Klarer ikke å stå i kassen mer enn 1 time.', 'l40.5.6.1').work!.met).toBe(true);
    expect(dims('Klarer ikke å gå mer enn 100 meter på tur med hunden.', 'l40.5.6.1').work!.met).toBe(false);
    expect(dims('Kan gå 1 km.', 'l40.5.1').work).toBeUndefined();
  });
  it('caps short and symptom-only texts (a short concrete answer gets no warning, but scores as partial)', () => {
    expect(lint('Kan løfte 5 kg.', 'l40.5.1').score).toBeLessThanOrEqual(60);
    expect(lint('Kan løfte 5 kg.', 'l40.5.1').diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    expect(lint('Dårlig.', 'l40.5.1').score).toBeLessThanOrEqual(30);
    expect(lint('Depresjon og angst, søvnvansker og nedstemthet siste halvår.', 'l40.5.1').score).toBeLessThanOrEqual(15);
  });
  it('non-functional long fields score 100 when clean and lose points for warnings', () => {
    expect(lint('Ryggsmerter siden 2019, forverret etter løft på jobb.', 'l40.2.5')).toMatchObject({ score: 100, dimensions: [] });
    expect(lint('Se epikrise.', 'l40.2.5').score).toBeLessThan(100);
  });
});
