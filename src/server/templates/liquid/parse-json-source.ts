import { TEMPLATE_LIMITS } from "./template-limits";

/** A JSON string with where each decoded character came from in the source. */
export type TJsonString = {
  kind: "string";
  value: string;
  /** Source offset of each character of `value`, plus one for the closing quote. */
  offsets: number[];
};

export type TJsonNode =
  | TJsonString
  | { kind: "literal"; value: number | boolean | null }
  | { kind: "array"; items: TJsonNode[] }
  | { kind: "object"; entries: { key: TJsonString; value: TJsonNode }[] };

export class JsonSourceError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonSourceError";
  }
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Strict JSON (RFC 8259) keeping source positions, which JSON.parse does not give in a
 * form that is the same in every browser. Throws JsonSourceError at the offending offset.
 */
export function parseJsonSource(source: string): TJsonNode {
  let p = 0;
  const fail = (message: string, at = p): never => {
    throw new JsonSourceError(message, at);
  };
  const describe = () => (p >= source.length ? "end of input" : `${JSON.stringify(source[p])}`);
  const skipWhitespace = () => {
    while (p < source.length && " \t\n\r".includes(source[p] ?? "")) p++;
  };

  const readString = (): TJsonString => {
    let value = "";
    const offsets: number[] = [];
    const start = p++;
    while (p < source.length) {
      const char = source[p] ?? "";
      if (char === '"') {
        offsets.push(p++);
        return { kind: "string", value, offsets };
      }
      if (char < " ") fail("control character in a string: write it as an escape such as \\n");
      if (char !== "\\") {
        value += char;
        offsets.push(p++);
        continue;
      }
      const escape = source[p + 1] ?? "";
      if (escape === "u") {
        const hex = source.slice(p + 2, p + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid \\u escape: expected four hex digits");
        value += String.fromCharCode(parseInt(hex, 16));
        offsets.push(p);
        p += 6;
      } else if (escape in ESCAPES) {
        value += ESCAPES[escape];
        offsets.push(p);
        p += 2;
      } else {
        fail(`invalid escape \\${escape}`);
      }
    }
    return fail("string not closed", start);
  };

  const readValue = (depth: number): TJsonNode => {
    skipWhitespace();
    const char = source[p];
    if ((char === "{" || char === "[") && depth >= TEMPLATE_LIMITS.jsonDepth) fail(`nested deeper than ${TEMPLATE_LIMITS.jsonDepth} levels`);
    if (char === '"') return readString();
    if (char === "{") return readObject(depth);
    if (char === "[") return readArray(depth);
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (source.startsWith(word, p)) {
        p += word.length;
        return { kind: "literal", value };
      }
    }
    NUMBER.lastIndex = p;
    const number = NUMBER.exec(source);
    if (number) {
      p += number[0].length;
      return { kind: "literal", value: Number(number[0]) };
    }
    return fail(`unexpected ${describe()}: expected a value`);
  };

  const readArray = (depth: number): TJsonNode => {
    const items: TJsonNode[] = [];
    p++;
    skipWhitespace();
    if (source[p] === "]") {
      p++;
      return { kind: "array", items };
    }
    for (;;) {
      items.push(readValue(depth + 1));
      skipWhitespace();
      if (source[p] === "]") {
        p++;
        return { kind: "array", items };
      }
      if (source[p] !== ",") fail(`unexpected ${describe()}: expected , or ]`);
      const comma = p++;
      skipWhitespace();
      if (source[p] === "]") fail("trailing comma before ]", comma);
    }
  };

  const readObject = (depth: number): TJsonNode => {
    const entries: { key: TJsonString; value: TJsonNode }[] = [];
    p++;
    skipWhitespace();
    if (source[p] === "}") {
      p++;
      return { kind: "object", entries };
    }
    for (let comma = -1; ; ) {
      skipWhitespace();
      if (source[p] === "}" && comma >= 0) fail("trailing comma before }", comma);
      if (source[p] !== '"') fail(`unexpected ${describe()}: expected a property name in double quotes`);
      const key = readString();
      skipWhitespace();
      if (source[p] !== ":") fail(`unexpected ${describe()}: expected : after the property name`);
      p++;
      entries.push({ key, value: readValue(depth + 1) });
      skipWhitespace();
      if (source[p] === "}") {
        p++;
        return { kind: "object", entries };
      }
      if (source[p] !== ",") fail(`unexpected ${describe()}: expected , or }`);
      comma = p++;
    }
  };

  const root = readValue(0);
  skipWhitespace();
  if (p < source.length) fail(`unexpected ${describe()} after the JSON value`);
  return root;
}
