import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 179, checked with other words than that set's.

describe('classes of blind set 179', () => {
  it('reads nets mended for fish farms as net work, and mucking out stables as farm hands', () => {
    expect(first('reparerer nøtene til oppdrettsanlegget')).toBe('7318');
    expect(first('moker stallen og steller hestene')).toBe('9212');
    // Fines written out stay the traffic warden's.
    expect(first('skriver ut p-bøter for kommunen')).toBe('5419');
  });
});
