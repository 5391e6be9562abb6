import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 247 (a bus and coach company among them), checked with other words than that set's: the
// chargers, the seats, the ticketing system, the rota, fuelling the buses, the titles.

describe('classes of blind set 247', () => {
  it('reads the work at a bus company', () => {
    expect(first('installerer ladestasjoner til elbusser')).toBe('7411');
    expect(first('syr setetrekk til bussene')).toBe('7534');
    expect(first('drifter billettsystemet')).toBe('3511');
    expect(first('setter opp turnusen til bussjåførene')).toBe('4323');
    expect(first('fyller diesel på bussene')).toBe('9629');
  });

  it("reads the company's titles", () => {
    expect(first('trafikksjef buss')).toBe('1324');
    expect(first('daglig leder bussselskap')).toBe('1120');
    expect(first('bilelektriker')).toBe('7412');
  });
});
