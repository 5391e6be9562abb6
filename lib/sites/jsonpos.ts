/**
 * Where in a JSON text a value sits: the line of the value at a path (["rules", 3, "field"]) and the line of a
 * character offset. Lets an import error say which line of the file is wrong.
 */

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line where the value at `path` starts (or the deepest part of the path that exists); 1 if none. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const str = (): string => {
    // at opening quote
    let out = '';
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
      } else out += text[i++];
    }
    i++;
    return out;
  };
  const skip = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return void str();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        ws();
        if (c === '{') {
          str();
          ws();
          i++; // ':'
        }
        skip();
        ws();
        if (text[i] === ',') i++;
        else {
          i++; // close
          return;
        }
      }
    }
    while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
  };
  let found = 0;
  ws();
  found = i;
  for (const key of path) {
    ws();
    const c = text[i];
    if (c === '{' && typeof key === 'string') {
      i++;
      let hit = false;
      for (;;) {
        ws();
        if (text[i] !== '"') break;
        const k = str();
        ws();
        i++; // ':'
        ws();
        if (k === key) {
          hit = true;
          break;
        }
        skip();
        ws();
        if (text[i] === ',') i++;
        else break;
      }
      if (!hit) return lineAt(text, found);
    } else if (c === '[' && typeof key === 'number') {
      i++;
      let n = 0;
      let hit = false;
      for (;;) {
        ws();
        if (text[i] === ']') break;
        if (n === key) {
          hit = true;
          break;
        }
        skip();
        ws();
        n++;
        if (text[i] === ',') i++;
        else break;
      }
      if (!hit) return lineAt(text, found);
    } else return lineAt(text, found);
    ws();
    found = i;
  }
  return lineAt(text, found);
}

/**
 * The line of the first JSON syntax error in text (engines word their messages differently and newer ones give no
 * position), found by a small strict scan; null when the text is valid JSON.
 */
export function syntaxErrorLine(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const lit = (w: string) => (text.startsWith(w, i) ? (i += w.length) : fail());
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-f]{4}$/i.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') str();
    else if (c === 't') lit('true');
    else if (c === 'f') lit('false');
    else if (c === 'n') lit('null');
    else {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (at) {
    return typeof at === 'number' ? lineAt(text, at) : null;
  }
}
