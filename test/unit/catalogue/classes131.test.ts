import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 130, checked with other words than that set's.

describe('classes of blind set 130', () => {
  it('reads a Norwegian word that folds like a foreign title as the Norwegian word («sofaer» is no «șofer»)', () => {
    expect(first('sofaer')).toBe('8219');
    expect(top('sofaer for utsending', 3)).not.toContain('8322');
    expect(first('șofer')).toBe('8322');
  });
  it('keeps an English noun a noun when its Norwegian word is also a verb form («warehouse» is «lager», not «lage»)', () => {
    expect(first('warehouse medarbeidar i Vestby')).toBe('4321');
  });
  it('reads running a quilting machine as the textile machine operator', () => {
    expect(first('betjener quiltemaskinen')).toBe('8159');
  });
  it('reads drawing chair models as the product designer', () => {
    expect(first('tegner nye sofamodeller')).toBe('2163');
  });
  it('reads the foreman of a quarry as the mining supervisor', () => {
    expect(first('arbeidsleder i steinbruddet')).toBe('3121');
  });
  it('reads a «portner» as the caretaker, not the hotel porter', () => {
    expect(first('portner i borettslaget')).toBe('5153');
  });
});
