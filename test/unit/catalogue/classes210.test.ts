import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 210, checked with other words than that set's: a national energy and grid company.

describe('classes of blind set 210', () => {
  it('reads grid planning, load-flow studies, price forecasts and the SCADA servers as their trades', () => {
    expect(first('planlegger utbygging av strømnettet')).toBe('2151');
    expect(first('kjører lastflytberegninger for nettselskapet')).toBe('2151');
    expect(first('lager prognoser for strømpriser')).toBe('2413');
    expect(first('drifter SCADA-systemet og serverne')).toBe('2522');
  });
  it('reads grid monitoring in the control centre and the old «svakstrømsmontør»', () => {
    expect(first('overvåker transmisjonsnettet i driftssentralen')).toBe('3131');
    expect(first('svakstraumsmontør')).toBe('7422');
  });
});
