import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 302 (a hospital doctor in Longyearbyen, a Nav-veileder in Sandnes and Jæren and a social
// worker at a rehabilitation centre in Telemark), checked with other words than that set's: Svalbard's local council
// (lokalstyret) is elected office; a polar bear guard keeps others safe; the folk fiddler is the old word for a
// musician; antennas at a ground station are telecom technicians' work.

describe('classes of blind set 302', () => {
  it('reads the local council of Svalbard as elected office', () => {
    expect(first('lokalstyremedlem i Longyearbyen')).toBe('1111');
  });

  it('reads the polar bear guard as a safety worker', () => {
    expect(first('isbjørnvakt på tokt')).toBe('5419');
  });

  it('reads the folk fiddler as a musician', () => {
    expect(first('spelemann i bygdelaget')).toBe('2652');
  });

  it('reads maintaining antennas at a ground station as the telecom technician', () => {
    expect(first('vedlikeholder antenner på bakkestasjonen')).toBe('3522');
  });
});
