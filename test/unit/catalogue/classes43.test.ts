import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 43, checked with words of neither that set nor probe batch e23.

describe('classes of blind set 43', () => {
  it('reads the task on a vessel, a rig or a supply base, not the vessel', () => {
    expect(first('går maskinvakt på supplyskipet')).toBe('3151');
    expect(first('tester nødavstengningssystemet offshore')).toBe('7412');
    expect(first('planlegger skipsanløp på basen')).toBe('4322');
    expect(first('løfter containere med kranen på plattformen')).toBe('8343');
    expect(first('selger pakninger og slanger til industrien')).toBe('3322');
  });
  it('knows the specialist trades by their task', () => {
    expect(first('overhaler panservogner i Forsvaret')).toBe('7233');
    expect(first('plasserer åtestasjoner på lageret')).toBe('7544');
    expect(first('kjører gasskromatografi på laben')).toBe('3116');
    expect(first('lager vaktplaner for sjåførene i busselskapet')).toBe('4323');
    expect(first('følger opp renholderne på hotellet')).toBe('5151');
  });
  it('lets the activity outrank the workplace or object word', () => {
    expect(first('står ve høvelen på sagbruket')).not.toBe('4226');
    expect(first('jobber på Bergene Holm')).toBe('8172');
    expect(first('fyller melkekartonger på meieriet')).toBe('8183');
    expect(first('driver drivhus med agurker')).toBe('6113');
    expect(first('driver gården med kyr og grønnsaker')).toBe('6130');
    expect(first('kjører ut bakervarer til kundene')).toBe('8322');
    expect(first('kjører ut brev på landet')).toBe('4412');
  });
  it('reads «går (shift) som <title>» as working as that title, not the place the going is at', () => {
    expect(first('går helgevakt som sykepleier på institusjonen')).toBe('2223');
    expect(first('går som sykepleier på sjukeheimen')).toBe('2223');
    // Alone, the shift stays a title.
    expect(first('går nattevakt')).toBe('5329');
  });
  it('reads asbestos removal by its verb, not as tearing down the building', () => {
    expect(first('sanerer asbest i kjelleren')).toBe('7133');
  });
  it('knows the lodge hosts and the lift operators', () => {
    expect(first('vertskap på turisthytte')).toBe('1411');
    expect(first('ski lift operator')).toBe('8343');
  });
});
