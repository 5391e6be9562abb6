/**
 * Copies text for the user to paste themselves (the «Kopier» path): the async Clipboard API, else a selected
 * hidden <textarea> inside our own UI root and execCommand('copy').
 */
export async function copyText(doc: Document, text: string, scratch: Node & ParentNode): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no focus/permission): fall back to a selected textarea in our own root.
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('style', 'position:fixed;left:-9999px;top:0');
    scratch.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}
