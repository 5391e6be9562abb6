import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 195, checked with other words than that set's: an agricultural cooperative's transport,
// advisory service, farm relief, carcass grading, dairy management and livestock buying.

describe('classes of blind set 195', () => {
  it('reads the livestock truck, milk quality, farm relief and carcass grading as their trades', () => {
    expect(first('frakter livdyr med dyrebilen')).toBe('8332');
    expect(first('kontrollerer mjølkekvaliteten hos produsentene')).toBe('3142');
    expect(top('overtar fjøsstellet når bøndene har ferie', 3)).toContain('9212');
    expect(first('klassifiserer slakt og setter fettgruppe')).toBe('7515');
  });
  it('knows the dairy manager and the livestock buyer', () => {
    expect(top('leder meieriet', 3)).toContain('1321');
    expect(first('livdyrkjøper')).toBe('3323');
  });
});
