import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 227 (a road and transport agency among them), checked with other words than that set's:
// inspecting bridges and tunnels, traffic analyses, cost-benefit analyses, land acquisition, leading a traffic station,
// the old vehicle inspector's title, and minding the data network.

describe('classes of blind set 227', () => {
  it("reads the agency's inspection, planning and analysis work", () => {
    expect(first('tunnelinspektør')).toBe('3112');
    expect(first('gjør trafikktellinger og trafikkanalyser')).toBe('2142');
    expect(first('lager nyttekostnadsanalyser for nye prosjekter')).toBe('2631');
    expect(first('jobber med grunnerverv for nye veger')).toBe('3315');
  });
  it('reads leading a traffic station, the vehicle inspector and the data network', () => {
    expect(first('leder trafikkstasjonen')).toBe('1349');
    expect(first('bilsakkyndig')).toBe('3359');
    expect(first('passer på datanettet på basen')).toBe('3513');
  });
  it('leaves blasting a tunnel with the blasters', () => {
    expect(first('sprenger tunnel')).toBe('7542');
  });
});
