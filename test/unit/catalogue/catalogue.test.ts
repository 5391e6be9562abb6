import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CatalogueSchema, CompleteEntrySchema, compactCatalogue, expandCatalogue, StoredCatalogueSchema } from '../../../lib/catalogue/schema.ts';
import { loadCatalogue } from '../../../lib/catalogue/search.ts';

const cat = loadCatalogue();

describe('committed catalogue data', () => {
  it('matches the catalogue schema and covers all 407 STYRK-08 unit groups', () => {
    const r = CatalogueSchema.safeParse(cat);
    expect(r.success, r.success ? '' : z.prettifyError(r.error)).toBe(true);
    expect(cat.entries.length).toBe(407);
    expect(new Set(cat.entries.map((e) => e.code)).size).toBe(407);
  });
  it('credits SSB, NAV and ILO/ESCO and says the demands are indicative', () => {
    for (const who of ['SSB', 'NAV', 'ILO', 'ESCO']) expect(cat.attribution).toContain(who);
    expect(cat.derivation).toMatch(/veiledende/);
  });
  it('is stored compact and expands to the same catalogue', () => {
    const raw = readFileSync(new URL('../../../lib/catalogue/data/catalogue.json', import.meta.url), 'utf8');
    expect(raw.split('\n').length).toBeLessThanOrEqual(2);
    const stored = StoredCatalogueSchema.parse(JSON.parse(raw));
    expect(compactCatalogue(expandCatalogue(stored))).toEqual(stored);
    expect(JSON.stringify(stored)).not.toContain('"level"');
  });
});

describe('catalogue completeness (fails until every major group has content)', () => {
  it('every entry has description, 4–8 tasks, education, all demands and conditions, and synonyms', () => {
    const incomplete = cat.entries.filter((e) => !CompleteEntrySchema.safeParse(e).success).map((e) => e.code);
    expect(incomplete, `mangler innhold: ${incomplete.join(' ')}`).toEqual([]);
    expect(cat.missing).toEqual([]);
  });
  it('has at least 2,500 synonyms in total', () => {
    expect(cat.entries.reduce((n, e) => n + e.synonyms.length, 0)).toBeGreaterThanOrEqual(2500);
  });
});
