/** Local calendar day of a timestamp: statistics keep the day and nothing finer. (No zod: the content script uses it.) */
export function localDay(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
