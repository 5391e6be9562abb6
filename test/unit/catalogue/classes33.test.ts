import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 33, checked with words of neither that set nor probe batch e15.

describe('classes of blind set 33', () => {
  it('names fruit and berry growing by the crop, and picking or packing it as the hand and the packer', () => {
    expect(first('dyrker kirsebær og pærer')).toBe('6112');
    expect(first('driver med plommer og solbær på garden')).toBe('6112');
    expect(first('plukket moreller på en gård')).toBe('9211');
    expect(first('pakker pærer på lageret')).toBe('9321');
  });
  it('names building, stringing or casting by the thing built', () => {
    expect(first('bygger kraftliner i fjellet')).toBe('7413');
    expect(first('monterer kraftmaster')).toBe('7413');
    expect(first('støper vegger og søyler på nybygg')).toBe('7114');
  });
  it('reads HSE rounds, exposure mapping and watching for attacks as their specialists', () => {
    expect(first('går vernerunder på fabrikken')).toMatch(/^(2263|3257)$/);
    expect(first('kartlegger støv og vibrasjoner på arbeidsplassen')).toMatch(/^(2263|3257)$/);
    expect(first('oppdager cyberangrep mot kommunen')).toBe('2529');
  });
  it('reads interpreting as the job whoever it is for', () => {
    expect(first('tolker for eritreiske arbeidere')).toBe('2643');
    // A verb that names the job alone keeps it whatever people and place follow; an employer's name still decides.
    expect(first('tolker for rumenske sjåfører på terminalen')).toBe('2643');
    expect(first('tolker for latviske tømrere på byggeplassen')).toBe('2643');
    expect(first('patruljerer for Securitas')).toBe('5414');
  });
  it('reads running a campsite as its manager', () => {
    expect(first('driver hyttegrend og camping')).toMatch(/^(1439|1411)$/);
  });
  it('lets the machine operated name the job over the employer and its plant', () => {
    expect(first('kjører traverskran i støpehallen på Hydro')).toBe('8343');
    expect(first('køyrer kran i elektrolysehallen på Hydro')).toBe('8343');
  });
  it('reads a process engineer at a smelter as the metallurgist', () => {
    expect(first('process engineer på Alcoa')).toMatch(/^(2146|2141)$/);
  });
});
