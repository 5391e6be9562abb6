import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 198, checked with other words than that set's: a grocery wholesaler and an agricultural
// cooperative.

describe('classes of blind set 198', () => {
  it('reads chasing unpaid invoices, sorting bottle returns and planning stock levels as their trades', () => {
    expect(first('purrer på kundene som ikke har betalt regningene')).toBe('4214');
    expect(first('sorterer panteflasker på lageret')).toBe('9612');
    expect(top('planlegger lagerbeholdningen til butikkene', 3)).toContain('4322');
    // A leek is no invoice: «purre» without what is owed is not debt collection.
    expect(first('skjærer purre og løk på kjøkkenet')).not.toBe('4214');
  });
  it('reads a feed mill, the milk tanker, a chain’s district manager and a farmhand', () => {
    expect(first('jobber på kraftfôrfabrikken')).toBe('8160');
    expect(first('kjører melk fra gårdene med tankbil')).toBe('8332');
    expect(first('følger opp kjedebutikker i regionen')).toBe('1420');
    expect(top('farmhand', 3)).toContain('9213');
  });
});
