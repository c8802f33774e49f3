const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Follows JSON text, in one piece or a stream's chunks, and answers true once
 * arrays/objects nest deeper than `maxDepth`: one pass, no recursion, before
 * anything parses or walks the value. It does not validate; JSON.parse does.
 * Bytes and UTF-16 code units work alike: the characters it looks at are
 * ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character.
 */
export function jsonDepthGauge(maxDepth: number): (chunk: string | Uint8Array) => boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  return (chunk) => {
    const text = typeof chunk === "string";
    for (let i = 0; i < chunk.length; i++) {
      const code = text ? chunk.charCodeAt(i) : (chunk[i] as number);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) inString = false;
      } else if (code === QUOTE) inString = true;
      else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
        if (++depth > maxDepth) return true;
      } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) depth -= 1;
    }
    return false;
  };
}

export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  return jsonDepthGauge(maxDepth)(text);
}
