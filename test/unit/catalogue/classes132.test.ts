import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 131, checked with other words than that set's.

describe('classes of blind set 131', () => {
  it('reads an English supervisor word misspelt by one letter as the supervisor', () => {
    expect(first('diving superintendant')).toBe('7541');
    expect(first('drilling superviser')).toBe(first('drilling supervisor'));
  });
  it('reads assembling and testing valves in a workshop as the industrial mechanic', () => {
    expect(first('monterer pumper og ventiler i verkstedet')).toBe('7233');
  });
  it('reads helping in the kitchen of a care home as the kitchen hand, not the care worker', () => {
    expect(first('hjelper til på kjøkkenet på sjukeheimen')).toBe('9412');
  });
  it('reads an «instrument tech» as the instrument technician', () => {
    expect(first('instrument tech på plattformen')).toBe('7412');
  });
  it('keeps roads roads: «vegar» and «veier» after a verb are no weighing', () => {
    expect(first('brøyter kommunale veier om vinteren')).toMatch(/^(8342|8332)$/);
  });
});
