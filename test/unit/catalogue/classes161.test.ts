import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 161, checked with other words than that set's.

describe('classes of blind set 161', () => {
  it('reads bicycles worked on beside mopeds as the bicycle repairer', () => {
    expect(first('mekket sykler og mopeder i garasjen hjemme')).toBe('7234');
  });

  it('reads the hospital’s technical work: fluorescent tubes, the emergency generator', () => {
    expect(first('bytter lysrørene i gangene og fikser dører')).toBe('5153');
    expect(first('sjekker nødstrømsaggregatet på sykehuset hver måned')).toBe('7411');
  });

  it('reads emergency calls at the medical communication centre as ambulance staff', () => {
    expect(first('tok imot 113-samtaler på AMK-sentralen i Bergen')).toBe('3258');
  });
});
