import { describe, expect, it } from 'vitest';
import { agentNoun } from '../../../lib/catalogue/activity.ts';
import { normalize } from '../../../lib/catalogue/fold.ts';
import { first } from './real.ts';

// The classes of blind set 41, checked with words of neither that set nor probe batch e21.

describe('classes of blind set 41', () => {
  it('reads a manager of no trade by the production unit he runs: fish farm, farm, mine or quarry', () => {
    expect(first('driftsleder på settefiskanlegget')).toBe('1312');
    expect(first('avdelingsleder på smoltanlegget')).toBe('1312');
    expect(first('bestyrer på minkfarmen')).toBe('1311');
    expect(first('driftsleder på pelsdyrgarden')).toBe('1311');
    expect(first('driftsleder i steinbruddet')).toBe('1322');
    expect(first('driftsansvarlig på fiskeoppdrett')).toBe('1312');
    // The IT title stays the IT title.
    expect(first('driftsansvarlig IT')).toBe('2522');
  });
  it('lets the repair verb and the machine parts decide over the plant they are in', () => {
    expect(first('overhaler turbinene på kraftstasjonen')).toBe('7233');
    expect(first('skifter luker og turbinhjul i kraftstasjonen')).toBe('7233');
    expect(first('mekker på hogstmaskiner')).toBe('7233');
    expect(first('skrur på gravemaskiner på verkstaden')).toBe('7233');
    // Lifts and escalators are the lift technician's (7412, ESCO «lift technician»), not the shopping centre's.
    expect(first('reparerer heiser i kjøpesenteret')).toBe('7412');
  });
  it('reads «saga» as the sawmill a truck is driven at, as «sagbruk»', () => {
    expect(first('kjører truck på saga')).toBe('8344');
  });
  it('reads the driver’s title beside a vehicle as driving it, and names the job there', () => {
    expect(first('sjåfør på tømmerbil for Moelven')).toBe('8332');
    expect(first('sjåfør på søppelbilen for kommunen')).toBe('9611');
    // Alone, or beside a place where drivers are needed too, it stays the title.
    expect(first('sjåfør')).toBe('8322');
    expect(first('sjåfør på lageret')).toBe('8322');
    expect(first('sjåfør i hjemmetjenesten')).toBe('8322');
  });
  it('does not read a misspelt title by its first part as a place', () => {
    // (The title's group: 3122 since round yrke217, where three later writers' labels put it.)
    expect(first('verkstedsjeff på bilverkstedet')).toBe('3122');
  });
  it('knows older titles: the lineman and the milkmaid at the summer farm', () => {
    expect(first('linjemann')).toBe('7413');
    expect(first('skogsmann')).toBe('6210');
    expect(first('stigerkar')).toBe('3121');
    expect(first('budeie på ein støl i Valdres')).toBe('9212');
  });
  it('ranks an account manager in an agency as marketing', () => {
    expect(first('account manager på et markedsføringsbyrå')).toBe('2431');
    expect(first('account executive i et reklamebyrå')).toBe('2431');
  });
  it('gives tending animals on a farm to the farmer, not to the hand by «dyrestellar»', () => {
    expect(agentNoun('stelle')).toBeUndefined();
    expect(first('steller kyrne og sauene i fjøset')).toBe('6121');
    expect(first('tek slåtten og steller kyrne')).toBe('6121');
    // Working for a farmer is still the hand, though «stelle» no longer favours «dyrestellar».
    expect(first('steller kyrne for ein bonde')).toBe('9212');
  });
  it('reads nynorsk «byggje» as «bygge»', () => {
    expect(normalize('byggjesøknad')).toBe(normalize('byggesøknad'));
    // (2422 since yrke65: every blind writer labels building cases so, none 3354.)
    expect(first('handsamar byggjesaker i kommunen')).toBe('2422');
  });
});
