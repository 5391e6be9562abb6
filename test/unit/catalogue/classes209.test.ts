import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 209, checked with other words than that set's: a municipality's schools, a slate quarry.

describe('classes of blind set 209', () => {
  it('reads school titles: the school doctor, the old «sosiallærer», the foreman in a quarry', () => {
    expect(first('skulelege')).toBe('2211');
    expect(first('sosiallærar på ungdomsskulen')).toBe('2423');
    expect(first('oppsynsmann i steinbruddet')).toBe('3121');
  });
  it('reads school work by what is done: PPT assessments, absence kept, classrooms painted, pupils guided', () => {
    expect(first('utreder elever for PPT og skriver sakkyndig vurdering')).toBe('2351');
    expect(first('registrerer fravær på skulekontoret')).toBe('4110');
    expect(first('maler klasserommene på barneskolen')).toBe('7131');
    expect(first('jobber miljøterapeutisk med ungdom')).toBe('3412');
    expect(first('fikser nettbrett for elevene')).toBe('3512');
  });
});
