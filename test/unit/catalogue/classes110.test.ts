import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 109, checked with other words than that set's.

describe('classes of blind set 109', () => {
  it('reads leading a team of workers at a yard or a factory as the foreman, and operating a crane there as the crane operator', () => {
    expect(first('leder et arbeidslag med sveisere på verkstedet')).toBe('3122');
    expect(first('styrer gjengen på fabrikken')).toBe('3122');
    expect(first('styrer kranen på verkstedet')).not.toBe('3122');
  });
  it('reads covering chairs and sofas as the upholsterer', () => {
    expect(first('trekker en stol på møbelfabrikken')).toBe('7534');
  });
  it('reads working in a home for people with intellectual disabilities as the social worker, not the care assistant', () => {
    expect(first('jobber i bofellesskap for utviklingshemmede i kommunen')).toBe('3412');
  });
  it('reads standing on the bridge of a boat as the deck officer, not a bridge engineer', () => {
    expect(first('står på brua på supplybåten')).toBe('3152');
  });
  it('reads building scaffolding in a hull as the scaffolder, not the plater', () => {
    expect(first('bygger stillaser i skroget på verftet')).toBe('7119');
  });
  it('reads a stoker on a ship as the engine crew, not the boiler operator ashore', () => {
    expect(first('fyrbøter på skip')).toBe('8350');
  });
});
