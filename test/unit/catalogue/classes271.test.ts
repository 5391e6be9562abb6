import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 271 (a Nav-veileder at Nav Sør-Varanger, a fastlege in Lom and Skjåk and a logistics
// company's HR adviser among its writers), checked with other words than that set's: goods flow titles, ordering
// spare parts for a store, the stone trade's craft title and laying slate roofs.

describe('classes of blind set 271', () => {
  it('reads goods flow coordinators as logistics staff and ordering spare parts as the store’s work', () => {
    expect(first('outbound coordinator')).toBe('4322');
    expect(first('bestiller reservedelar til lageret')).toBe('4321');
    expect(first('bestiller varer til butikkjeden')).not.toBe('4321');
  });

  it('reads the stone trade’s craft title and slate roofs', () => {
    expect(first('steinfagarbeider')).toBe('7113');
    expect(first('legger skifertak på hytter')).toBe('7121');
    expect(first('legger strøm i fjøset')).not.toBe('7121');
  });
});
