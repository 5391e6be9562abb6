import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 100, checked with other words than that set's.

describe('classes of blind set 100', () => {
  it('reads directing air traffic as the air traffic controller', () => {
    expect(first('styrer lufttrafikken på Gardermoen')).toBe('3154');
  });
  it('reads a straddle carrier as a lifting truck', () => {
    expect(first('kjører straddle carrier på Risavika')).toBe('8344');
  });
  it('reads blasting out blocks as the shotfirer', () => {
    expect(first('sprenger blokker i pukkverket')).toBe('7542');
  });
  it('reads loading ships with a truck as the truck driver', () => {
    expect(first('laster skip med gaffeltruck')).toBe('8344');
  });
  it('reads washing and shopping for old people as home help', () => {
    expect(first('handler og vasker for gamle')).toBe('5322');
  });
});
