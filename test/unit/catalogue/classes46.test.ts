import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/catalogue/fold.ts';
import { first, top } from './real.ts';

// The classes of blind set 46, checked with other words than that set's.

describe('classes of blind set 46', () => {
  it('reads the stations of a kitchen, the menu and the stand food is sold from as the cooks’, chefs’ and vendors’', () => {
    expect(first('jobber på linja i restaurantkjøkkenet')).toBe('5120');
    expect(first('står på grillen på kjøkkenet på et hotell')).toBe('5120');
    expect(first('planlegger menyene på kantina')).toBe('3434');
    expect(first('lager menyer til restauranten')).toBe('3434');
    expect(first('selger burgere fra en matvogn')).toBe('5212');
    // The grill of a burger bar stays the fast-food counter; «Meny», the grocery chain, is no menu.
    expect(first('står på grillen på gatekjøkkenet')).toBe('5246');
    expect(first('jobbet på meny')).toBe('5223');
  });
  it('reads an older title in -jomfru by what she worked with, like -dame and -kone', () => {
    expect(normalize('smørbrødjomfru')).toBe(normalize('smørbrøddame'));
    expect(first('kaldjomfru')).toBe('5120');
    expect(first('smørbrødjomfru på Grand')).toBe('9412');
  });
  it('reads short capitals beside other words as a company’s initials, not the start of a title', () => {
    expect(top('sprøytestøper hos BA')).not.toContain('5311');
    expect(top('kjører sprøytestøpemaskin på MO', 5)).not.toContain('5414');
    // The first part of a hyphenated title is no company: «PP-rådgjevar» keeps the PPT titles.
    expect(top('PP-rådgjevar')).toContain('2352');
  });
  it('reads «kjøre» a line of a sawmill or planing mill as operating it, not driving', () => {
    expect(first('kjører høvellinja på høvleriet')).toBe('8172');
  });
  it('reads a lesson held in a subject as teaching it, and the learners as context of the subject', () => {
    expect(first('holder salsakurs for voksne')).toBe('2355');
    // A kind of class after a teacher's title is no subject.
    expect(first('lærar i spesialklasse')).toBe('2352');
    expect(normalize('vidregåande')).toBe(normalize('videregående'));
    expect(first('underviser elektro på vidregåande')).toBe('2320');
  });
  it('reads running social media accounts as communications work, not the headmaster «styrer» or the influencer', () => {
    expect(first('driver facebook og instagram for et hotell')).toBe('2432');
    expect(first('styrer tiktok for en frisørkjede')).toBe('2432');
    expect(first('styrer barnehagen')).toBe('1341');
  });
  it('reads leading the shift at an assembly line as the industrial supervisor, and crops with livestock as the mixed farm', () => {
    expect(first('leder skiftet på samlebåndet')).toBe('3122');
    expect(first('driv med sau og korn')).toBe('6130');
    expect(first('har kyr og dyrker korn')).toBe('6130');
    expect(first('hadde grisar og poteter')).toBe('6130');
    // Livestock or crops alone stay with their own farmers.
    expect(first('driver med griser')).toBe('6121');
    expect(first('driv med korn')).toBe('6111');
  });
});
