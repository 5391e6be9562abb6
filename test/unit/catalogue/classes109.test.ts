import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 108, checked with other words than that set's.

describe('classes of blind set 108', () => {
  it('reads running the process from the control room at a paper mill as paper, not petroleum', () => {
    expect(first('overvåker prosessen fra kontrollrommet på papirfabrikken')).toBe('3139');
  });
  it('reads teaching inmates as the teacher, not the prison officer', () => {
    expect(first('underviser innsatte i fengselet')).toBe('2330');
  });
  it('reads being in charge of the waterworks as its operator, not a manager', () => {
    expect(first('har ansvar for vannverket i kommunen')).toBe('3132');
  });
  it('reads holding climbing or paddling courses as the activity instructor', () => {
    expect(first('holder kurs i klatring for skoleklasser')).toBe('3423');
  });
});
