import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 175, checked with other words than that set's.

describe('classes of blind set 175', () => {
  it('reads a model named by a letter and a number as one word: the mechanic services it, the pilot flies it', () => {
    expect(first('vedlikehold på F-16')).toBe('7232');
    expect(first('jobber med vedlikehold på F-35')).toBe('7232');
    expect(first('flyr F-16')).toBe('3153');
  });

  it('reads paper sacks, power supply and personnel case work by what they are', () => {
    expect(first('produserer papirposer')).toBe('8143');
    expect(first('ingeniør på nødstrøm og aggregater')).toBe('3113');
    expect(first('personalsaksbehandler')).toBe('4416');
    // A room at the kindergarten is no personnel department.
    expect(first('jobber på avdeling i barnehagen, ingen utdanning')).toBe('5311');
  });
});
