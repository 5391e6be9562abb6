import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 156, checked with other words than that set's.

describe('classes of blind set 156', () => {
  it('reads a battery or cell plant steered from a control room as the other process control operator', () => {
    expect(first('styrer produksjonen fra kontrollrommet på cellefabrikken')).toBe('3139');
  });

  it('knows the glacier guide, the fleet coordinator and the lab engineer at a university', () => {
    expect(first('breførar på Nigardsbreen')).toBe('5113');
    expect(first('flåtekoordinator i busselskapet')).toBe('4323');
    expect(first('avdelingsingeniør på laboratoriet')).toBe('3116');
  });
});
