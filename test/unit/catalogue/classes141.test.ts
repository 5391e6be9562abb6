import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 139, checked with other words than that set's.

describe('classes of blind set 139', () => {
  it('reads interpreting CT and X-ray images as the specialist doctor (radiologist), not an interpreter', () => {
    expect(first('tolker CT-bilder på røntgenavdelingen')).toBe('2212');
  });

  it('leaves MR examinations without interpreting to the radiographer', () => {
    expect(first('jobber med MR-undersøkelser')).toBe('3211');
  });
});
