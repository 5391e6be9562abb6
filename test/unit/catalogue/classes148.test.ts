import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 148, checked with other words than that set's.

describe('classes of blind set 148', () => {
  it('reads a washing or sorting line for vegetables as the food operator', () => {
    expect(first('står på sorteringslinja for poteter')).toBe('8160');
  });

  it('reads interviews or recordings transcribed as the transcriber', () => {
    expect(first('transkriberer lydopptak for universitetet')).toBe('4131');
  });

  it('reads private tutoring as the other teachers', () => {
    expect(first('driver med privatundervisning i fysikk')).toBe('2359');
  });

  it('knows the deck cadet, the municipal trainee and the chartering assistant', () => {
    expect(first('dekkskadett')).toBe('3152');
    expect(first('kommunetrainee')).toBe('2422');
    expect(first('chartering assistant')).toBe('3331');
  });
});
