import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 173, checked with other words than that set's: a state agency's own work.

describe('classes of blind set 173', () => {
  it("reads a state agency's case work by what is done: tax checks, law drafting, archives, tenders", () => {
    expect(first('går gjennom selvangivelser for skatteetaten')).toBe('3352');
    expect(first('skriver lovforslag og gir juridiske råd')).toBe('2611');
    expect(first('avleverer arkiver til Arkivverket')).toBe('2621');
    expect(first('skriver konkurransegrunnlag for kommunen')).toBe('3323');
    // A salesman's framework agreements stay sales.
    expect(first('følger opp storkundene og forhandler rammeavtaler for en grossist')).toBe('3322');
  });

  it('reads heading case handlers, a regional director and a cleaning manager typed plainly', () => {
    expect(first('leder avdelingen med saksbehandlerne i direktoratet')).toBe('1219');
    expect(first('regiondirektør i Statens vegvesen')).toBe('1112');
    expect(first('rengjoringssjef')).toBe('5151');
  });
});
