import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 200, checked with other words than that set's: a university and university hospital trust.

describe('classes of blind set 200', () => {
  it('reads student administration, laboratory animals and heading a faculty as their trades', () => {
    expect(first('behandler opptakssøknader ved høgskolen')).toBe('4110');
    expect(first('steller forsøksmus i dyreavdelinga')).toBe('5164');
    expect(top('leder instituttet for samfunnsfag', 3)).toContain('1345');
    // Handling applications in a directorate is still case work, not an office clerk's.
    expect(top('behandler søknader i et direktorat i Oslo', 3)).toContain('2422');
  });
});
