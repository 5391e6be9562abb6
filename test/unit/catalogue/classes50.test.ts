import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 50, checked with other words than that set's.

describe('classes of blind set 50', () => {
  it('reads cleaning at a health centre or a doctors’ surgery as the cleaner', () => {
    expect(first('gjør rent på legekontoret')).toBe('9112');
    expect(first('vaskar på helsestasjonen')).toBe('9112');
  });
  it('reads changing light bulbs in a building as the caretaker, but street lights as the electrician', () => {
    expect(first('bytter lyspærer i borettslaget')).toBe('5153');
    expect(first('skifter lyspærer i gatelysene')).not.toBe('5153');
  });
  it('reads grants handled in public administration as the higher case officer, not benefits at Nav', () => {
    expect(first('saksbehandler tilskot i fylkeskommunen')).toBe('2422');
    expect(first('behandler søknader om sykepenger i Nav')).toBe('3353');
  });
  it('knows the musher among the animal keepers and the Sámi word for interpreter', () => {
    expect(first('sledehundkjører')).toBe('5164');
    expect(first('dulka')).toBe('2643');
  });
});
