import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 65, checked with other words than that set's.

describe('classes of blind set 65', () => {
  it('reads responsibility for servers or a network as running them, not managing the firm', () => {
    expect(first('har ansvar for serverne i bedriften')).toBe('2522');
  });
  it("reads responsibility for a grocery department as the shop supervisor's", () => {
    expect(first('har ansvaret for frukt og grønt på Rema')).toBe('5222');
  });
  it('reads nynorsk «teikne» as drawing, sawing and polishing stone as stone work, and «shipping agent»', () => {
    expect(first('teiknar båtar på konstruksjonsavdelinga på verftet')).toBe('3118');
    expect(first('sliper og polerer granitt')).toBe('7113');
    expect(first('shipping agent')).toBe('3331');
  });
});
