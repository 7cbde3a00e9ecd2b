import { isUtf8 } from 'node:buffer';

/** The text of a file, or why it cannot be read as UTF-8 and where. */
export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; messageId: 'encoding.utf16' | 'encoding.binary' | 'encoding.invalidUtf8'; offset: number; byte?: string; textBefore: string };

/**
 * Decodes a YAML file: UTF-8 with or without BOM. UTF-16 (by its BOM), binary data (NUL bytes)
 * and invalid UTF-8 are refused, with the offset of the first offending byte.
 */
export function decode(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, messageId: 'encoding.utf16', offset: 0, textBefore: '' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    return {
      ok: false,
      messageId: 'encoding.invalidUtf8',
      offset,
      byte: '0x' + (body[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0'),
      textBefore: withLineFeeds(Buffer.from(body.subarray(0, offset)).toString('utf8')),
    };
  }
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return { ok: false, messageId: 'encoding.binary', offset: nul, textBefore: withLineFeeds(Buffer.from(body.subarray(0, nul)).toString('utf8')) };
  }
  // A view of the same bytes, not a copy: only the text is kept.
  return { ok: true, text: withLineFeeds(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')), bom };
}

/**
 * A carriage return alone ends a line (old Mac line endings, some exports from Excel macros), for
 * YAML 1.2 and for editors (the LSP counts \r, \n and \r\n). The `yaml` parser and the line
 * index know only \n: the whole file was line 1, and a key's position was lost. Each lone \r
 * becomes \n, one character for one, so that every offset stays where it was.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
