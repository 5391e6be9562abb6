import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 172, checked with other words than that set's.

describe('classes of blind set 172', () => {
  it('reads knitting on a factory machine as textile machine work, by hand as handicraft', () => {
    expect(first('strikker gensere på maskin på fabrikken')).toBe('8152');
    expect(first('strikker lusekofter for salg')).toBe('7318');
  });

  it('reads having a small shop as its owner, and a small job as no shop', () => {
    expect(first('har en lita landhandel på øya')).toBe('5221');
    expect(first('har ei lita stilling som reinhaldar')).toBe('9112');
    // «Ha» with a size and nothing done is no activity; with what is grown it is the grower.
    expect(first('har agurker i veksthus')).toBe('6113');
    expect(first('jobber i drivhus med agurk og tomat')).toBe('9214');
  });

  it('reads a hole watch as safety work, drawing pipe systems in nynorsk as drafting, tug crews as crews', () => {
    expect(first('hullvakt på raffineriet')).toBe('5419');
    expect(first('teiknar røyrsystem på eit ingeniørkontor')).toBe('3118');
    expect(first('matros på taubåten')).toBe('8350');
    expect(first('kaptein på taubåten')).toBe('3152');
  });
});
