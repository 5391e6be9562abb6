import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 87, checked with other words than that set's.

describe('classes of blind set 87', () => {
  it('puts building cases in the municipality with the higher case officers, as every writer labels them', () => {
    expect(first('saksbehandler på byggesak i kommunen')).toBe('2422');
    expect(first('handsamar byggjesaker for kommunen')).toBe('2422');
  });

  it('knows English titles of design and the slopes', () => {
    expect(first('3D-artist i et animasjonsstudio')).toBe('2166');
    expect(first('jobber som pistevakt i Trysil')).toBe('5419');
  });

  it('reads cutting news items for TV and the biathlete', () => {
    expect(first('klipper nyhetsinnslag for TV2')).toBe('3521');
    expect(first('skiskyttar på landslaget')).toBe('3421');
  });
});
