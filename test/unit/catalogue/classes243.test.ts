import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 243 (a printing and packaging company among them), checked with other words than that set's:
// running the presses, prepress, the die-cutter, electrical faults on a line, and the charge nurse's shift.

describe('classes of blind set 243', () => {
  it('reads the work of a printing and packaging plant', () => {
    expect(first('betjener trykkpressa på trykkeriet')).toBe('7322');
    expect(first('trykker bannere på digitalpressen')).toBe('7322');
    expect(first('lager trykkplatene før trykking')).toBe('7321');
    expect(first('maskinfører bølgepapp på fabrikken')).toBe('8143');
    expect(first('retter elektriske feil på linja')).toBe('7411');
  });

  it('reads the responsible shift as the nurse', () => {
    expect(first('har ansvarsvakta på sjukeheimen')).toBe('2223');
  });
});
