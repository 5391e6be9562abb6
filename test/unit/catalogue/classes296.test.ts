import { describe, expect, it } from 'vitest';
import { first, real } from './real.ts';

// The classes of blind set 296 (a Nav-veileder in Kongsvinger and Solør, a pension-company case handler and a school
// nurse in Kristiansand among its writers), checked with other words than that set's: a noun of doing whose first part
// is what is done («matlaging», «gressklipping») says the verb and its object, as «lager mat» does.

describe('classes of blind set 296', () => {
  it('reads a noun of doing as its verb and object', () => {
    expect(first('matlaging på hotellkjøkkenet')).toBe('5120');
    expect(real.search('gressklipping for kommunen om sommeren', 3)[0]?.matched).toBe('klippe gress');
  });

  it('reads a name ending in a noun of doing as the name, not the work', () => {
    expect(real.search('forsker på Vestlandsforsking', 3)[0]?.matched).toBe('forsker samfunnsøkonomi');
  });
});
