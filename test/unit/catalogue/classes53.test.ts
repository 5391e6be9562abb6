import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 53, checked with other words than that set's.

describe('classes of blind set 53', () => {
  it('reads cleaning tanks on supply ships as the special cleaner, not the ship’s crew', () => {
    expect(first('vasker tanker på supplybåter')).toBe('9129');
  });
  it('reads booking deck space to the platform as logistics, and ordering parts for a rig still as purchasing', () => {
    expect(first('booker plass på båten til plattforma')).toBe('4322');
    expect(first('bestiller deler og utstyr til riggen')).toBe('3323');
  });
  it('reads share trading at a bank as the broker and strategy projects at a consultancy as the management consultant', () => {
    expect(first('driver med aksjehandel i banken')).toBe('3311');
    expect(first('strategiprosjekter i McKinsey')).toBe('2421');
  });
  it('knows the boat mechanic and the nynorsk «kontortilsett»', () => {
    expect(first('båtmekaniker')).toBe('7233');
    expect(first('kontortilsett på kommunehuset')).toBe('4110');
  });
});
