import { describe, expect, it } from 'vitest';
import { first, real } from './real.ts';

// The classes of blind set 42, checked with words of neither that set nor probe batch e22.

describe('classes of blind set 42', () => {
  it('reads a vessel beside the work inside it as where: the café or the cars decide, not the deck crew', () => {
    expect(first('serverer i kafeteriaen på cruiseskipet')).toBe('5131');
    expect(first('dirigerer bilene på ferga')).toBe('8350');
    // Alone, the vessel still names the deck crew.
    expect(first('jobber på ferja')).toBe('8350');
  });
  it('reads the rides and the food stands of a park, not the park', () => {
    expect(first('betjener radiobilene på tivoli')).toBe('9629');
    expect(first('pølsebod på sommerland')).toBe('5246');
  });
  it('lets what is done outrank the farm or the plant it is done at', () => {
    expect(first('graver opp gulrøtter på en gård')).toBe('9211');
    expect(first('tar prøver i labben på smelteverket')).toBe('3116');
    expect(first('selger tobakk og aviser i kiosken')).toBe('5223');
  });
  it('reads a typo of a whole title before the same typo of the first word of a longer string', () => {
    expect(first('miljørdågiver')).toBe('2133');
    expect(first('utviklignssjef')).toBe('1213');
  });
  it('reads a long word one typo from an activity object as that object', () => {
    expect(first('kontrolrommet på smelteverket')).toBe('3135');
    expect(real.search('kjører gaffeltrukk på lageret', 1)[0]?.why).toContain('gaffeltruck');
    // A misspelt one-word title stays the title's typo; a name in capitals is never corrected.
    expect(first('elektrikker i byggfirma')).toBe('7411');
  });
  it('knows the older and dialect titles', () => {
    expect(first('slakteriarbeider')).toBe('7511');
    expect(real.search('bager', 1)[0]?.matchKind).toBe('synonym');
  });
});
