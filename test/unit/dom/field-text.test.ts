// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapEditable, rangeFor, readText, textOffset } from '../../../lib/dom/field-text.ts';

describe('mapEditable', () => {
  it('reads paragraphs and <br> as line breaks and maps offsets back to text nodes', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Kan gå <b>500</b> m.</p><p>Tåler ikke<br>stress.</p></div>';
    const el = document.getElementById('e')!;
    const map = mapEditable(el);
    expect(map.text).toBe('Kan gå 500 m.\nTåler ikke\nstress.\n');
    const at = map.text.indexOf('500');
    const r = rangeFor(document, map, at, at + 3)!;
    expect(r.toString()).toBe('500');
    expect(textOffset(map, r.startContainer, r.startOffset)).toBe(at);
    const s = map.text.indexOf('stress');
    expect(rangeFor(document, map, s, s + 6)!.toString()).toBe('stress');
  });

  it('reads a textarea value', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.value = 'abc';
    expect(readText(t)).toBe('abc');
  });
});
