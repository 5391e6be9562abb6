import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 149, checked with other words than that set's.

describe('classes of blind set 149', () => {
  it('reads a centre as a centre, not the end of «produsenter», and cleaning there as the cleaner', () => {
    expect(first('rengjør på senteret om kvelden')).toBe('9112');
  });

  it('reads boxes of cardboard as the paper-products operator', () => {
    expect(first('lager pappesker på fabrikken')).toBe('8143');
  });

  it('reads a quality controller in the fish industry as the food grader', () => {
    expect(first('kvalitetskontrollør i fiskeindustrien')).toBe('7515');
  });
});
