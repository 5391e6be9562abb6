import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 232 (an aquaculture company among them) and of sector batch s1 (a contractor, an offshore
// service company, a municipality's technical services, a food industry group), checked with other words than theirs:
// the slaughter and bleeding line, fish autopsies and seabed samples, the drilling crew's places, offshore English
// titles, the drinks plant, cheese tasting and the night hygiene crew.

describe('classes of blind set 232 and sector batch s1', () => {
  it('puts the slaughter and bleeding line with the butchers, and the feed operator at the fish farm', () => {
    expect(first('jobber på slaktelinja på Gilde')).toBe('7511');
    expect(first('bløgger laks på slakteriet')).toBe('7511');
    expect(first('feed operator på lokaliteten')).toBe('6221');
  });
  it('reads fish autopsies and seabed samples as the vet and the environmental scientist', () => {
    expect(top('obduserer laks ved sykdomsutbrudd', 3)).toContain('2250');
    expect(top('tar bunnprøver ved oppdrettsanlegg', 3)).toContain('2133');
  });
  it("knows the drilling crew's places and the offshore English titles", () => {
    expect(first('passer slampumpene i boretårnet')).toBe('8113');
    expect(first('wireline operator offshore')).toBe('8113');
    expect(first('CCR operator på plattformen')).toBe('3134');
    expect(first('TBM operator i tunnelen')).toBe('8111');
    expect(first('analyserer borekaks')).toBe('3117');
  });
  it('reads the drinks plant, cheese tasting, and the night hygiene crew', () => {
    expect(first('står på linja på brusfabrikken')).toBe('8160');
    expect(first('smaker på ostene på meieriet')).toBe('7515');
    expect(['9112', '9129']).toContain(first('vasker ned produksjonen om natta med skum'));
    expect(first('bademester i svømmehallen')).toBe('5419');
  });
  it('leaves a mason’s mortar, a cleaner on a barracks rig and scaffolding with their own groups', () => {
    expect(first('blander mørtel for murerne')).not.toBe('8160');
    expect(first('setter opp stillas på byggeplassen')).toBe('7119');
  });
});
