/** The edit that turns `a` into `b`: [start, end) in a replaced by [start, end + delta) in b. O(changed prefix + suffix). */
export function diffRange(a: string, b: string): { start: number; end: number; delta: number } {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let ea = a.length;
  let eb = b.length;
  while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  return { start, end: ea, delta: b.length - a.length };
}
