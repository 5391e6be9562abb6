import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 252 (the correctional service among them), checked with other words than that set's:
// locking cells, the central guard room, the prison workshop, psychologist talks, parole, the return to society.

describe('classes of blind set 252', () => {
  it('reads the work in a prison and the probation office', () => {
    expect(first('låser cellene om kvelden')).toBe('5413');
    expect(first('jobber i sentralvakten')).toBe('5413');
    expect(first('leder fangene i arbeidsdrifta')).toBe('5413');
    expect(first('overbetjent')).toBe('5413');
    expect(first('monterer fotlenker')).toBe('2635');
    expect(first('lager tilbakeføringsplan for innsatte')).toBe('2635');
    expect(first('behandler permisjonssøknader')).toBe('2422');
    expect(first('leder fengselet')).toBe('1349');
  });

  it('reads the health service and offshore production', () => {
    expect(first('har psykologsamtaler med ungdom')).toBe('2634');
    expect(first('sjekker ventiler og trykk på plattformen')).toBe('3134');
  });
});
