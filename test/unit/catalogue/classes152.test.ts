import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 152, checked with other words than that set's.

describe('classes of blind set 152', () => {
  it('knows building titles in Lithuanian and Swedish, and the old «minør»', () => {
    expect(first('armatūrininkas')).toBe('7114');
    expect(first('minører i tunnelen')).toBe('7542');
  });

  it('reads tearing out a bathroom or kitchen in a renovation as the building labourer', () => {
    expect(first('river bad og kjøkken i et rehab-prosjekt')).toBe('9313');
  });

  it('reads the person’s own sick leave as no part of the job', () => {
    expect(top('sykmeldt fra jobben som kokk')).not.toContain('3353');
  });
});
