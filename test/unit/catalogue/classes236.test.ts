import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 236 (a prehospital division among them), checked with other words than that set's: the
// ambulance's electrics, defibrillators, supplies to the stations, the station's leader, patient travel bookings, the
// helicopter rescuer, the preparedness adviser and grooming the slopes.

describe('classes of blind set 236', () => {
  it("reads the prehospital division's technicians, drivers, leaders and bookers", () => {
    expect(first('monterer blålys og sirener på ambulansene')).toBe('7412');
    expect(top('kontrollerer hjertestartere og monitorer', 3)).toContain('7421');
    expect(first('frakter medisiner ut til stasjonene')).toBe('8322');
    expect(first('leder ambulansestasjonen i Odda')).toBe('1342');
    expect(first('bestiller pasientreiser')).toBe('4323');
    expect(first('luftambulanseredder')).toBe('3258');
    expect(first('beredskapsrådgiver')).toBe('2422');
  });
  it('reads grooming the slopes', () => {
    expect(first('preparerer bakkene i skisenteret om natta')).toBe('8342');
    expect(first('pistemaskinfører')).toBe('8342');
  });
});
