import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 123, checked with other words than that set's.

describe('classes of blind set 123', () => {
  it('reads forecasts and monthly reporting as the controller', () => {
    expect(first('lager prognoser og månedsrapportering for ledelsen')).toBe('2411');
  });
  it('reads placing temps for a staffing agency as the recruitment consultant', () => {
    expect(first('plasserer vikarer hos kunder for et bemanningsselskap')).toBe('3333');
  });
  it('reads penetration testing as the IT security specialist', () => {
    expect(first('driver med pentesting og infosikkerhet')).toBe('2529');
  });
  it('reads leading change projects as the management consultant', () => {
    expect(first('leder omstillingsprosjekter hos kundene i et konsulentselskap')).toBe('2421');
  });
});
