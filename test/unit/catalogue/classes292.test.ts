import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 292 (a Nav-veileder in Sandefjord and Larvik, an adult education career counsellor in
// Stavanger and a fastlege in Sunndal and Tingvoll among its writers), checked with another form than that set's: a
// German title for a mechanical engineer.

describe('classes of blind set 292', () => {
  it('reads the German title for a mechanical engineer, in its feminine form too, as the engineer', () => {
    expect(first('maschinenbauingenieurin')).toBe('2144');
  });
});
