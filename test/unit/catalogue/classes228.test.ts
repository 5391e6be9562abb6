import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 228 (a media group and Jæren farms among them), checked with other words than that set's:
// investigative journalism, booking guests for a programme, subtitling, presenters by old and English titles, ads for
// the paper, chicken farming and treating sick livestock.

describe('classes of blind set 228', () => {
  it('reads newsroom and programme work', () => {
    expect(first('gravejournalist')).toBe('2642');
    expect(first('booker gjester til programmet')).toBe('2654');
    expect(first('tekster dokumentarer for NRK')).toBe('2643');
    expect(first('hallovert i NRK')).toBe('2656');
    expect(first('lager annonser til avisa')).toBe('2166');
  });
  it('reads chicken farming and treating sick livestock', () => {
    expect(first('driver med kyllingoppdrett')).toBe('6122');
    expect(first('behandler syke husdyr')).toBe('2250');
  });
  it('leaves booking a hotel for conference guests with the conference planners', () => {
    expect(first('booker hotell for gjester til konferansen')).not.toBe('2654');
  });
});
