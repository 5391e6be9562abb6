import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 120, checked with other words than that set's.

describe('classes of blind set 120', () => {
  it('reads running the paper machine at the mill as the paper-industry operator', () => {
    expect(first('kjørte maskinen på papirfabrikken i Halden i mange år')).toBe('8171');
  });
  it('reads answering the public at the municipal service desk as the information clerk', () => {
    expect(first('tar imot publikum og svarer telefoner på servicetorget')).toBe('4225');
  });
  it('reads running the building site and its subcontractors as the site supervisor', () => {
    expect(first('styrer anleggsplassen og følger opp underentreprenørene')).toBe('3123');
  });
  it('reads running sea sites for salmon as the aquaculture manager', () => {
    expect(first('leder tre sjøanlegg for laks i Nordland')).toBe('1312');
  });
  it('reads a supply-base operator title as the port worker', () => {
    expect(first('baseoperatør i Kristiansund')).toBe('9333');
  });
});
