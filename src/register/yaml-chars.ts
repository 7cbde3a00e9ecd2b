// The character codes the YAML readers compare with charCodeAt: named once, so that a check such
// as `c === BRACKET_OPEN` reads as what it looks for.
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const DOUBLE = 0x22;
export const HASH = 0x23;
export const SINGLE = 0x27;
export const COMMA = 0x2c;
export const DASH = 0x2d;
export const COLON = 0x3a;
export const GREATER = 0x3e;
export const BRACKET_OPEN = 0x5b;
export const BRACKET_CLOSE = 0x5d;
export const BRACE_OPEN = 0x7b;
export const PIPE = 0x7c;
export const BRACE_CLOSE = 0x7d;
