import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 188, checked with other words than that set's: a facility services company and industry.

describe('classes of blind set 188', () => {
  it('reads buying in, serving at meetings and follow-up plans as the trades they are', () => {
    expect(first('kjøper inn utstyr til kantina')).toBe('3323');
    expect(first('serverer lunsj på kurs og møter')).toBe('5131');
    expect(first('skriver oppfølgingsplaner for sykmeldte ansatte')).toBe('2423');
  });

  it('reads «grøntarbeider» and a nynorsk industrial plumber by their titles', () => {
    expect(first('grøntarbeidar')).toBe('9214');
    expect(first('røyrleggjar')).toBe('7126');
  });
});
