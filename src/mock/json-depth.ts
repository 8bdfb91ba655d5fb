/** A guard for deeply nested JSON, shared by the body parsers and the transcript (no Express here). */

/**
 * JSON nested deeper than this is refused as unparseable. Deeper values overflow the stack wherever they are
 * serialised again: a response echoing them, the MCP request handed to the SDK, the transcript in results.json.
 */
export const MAX_JSON_DEPTH = 256;

/** Whether a JSON text opens more than MAX_JSON_DEPTH arrays and objects at once (strings skipped, no parsing). */
export function jsonTooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index += 1; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return true;
    } else if (char === 0x5d || char === 0x7d) depth -= 1;
  }
  return false;
}
