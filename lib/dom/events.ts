/** The element an event really happened on, also inside open shadow roots (where e.target is the host). */
export function deepTarget(e: Event): Element | null {
  const p = e.composedPath?.()[0] as Node | undefined;
  const t = (p ?? e.target) as Node | null;
  return t && t.nodeType === 1 ? (t as Element) : null;
}
