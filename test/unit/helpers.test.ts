import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/register/encoding.js';
import { nearest, nearestCode, slugify } from '../../src/util/suggest.js';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { xmlEscape } from '../../src/formatters/junit.js';
import { visible } from '../../src/formatters/visible.js';
import { markdownText } from '../../src/formatters/github-summary.js';
import { uriReference } from '../../src/formatters/uri.js';
import { isCalendarDate } from '../../src/util/calendar-date.js';
import { countryCodeOf } from '../../src/law/countries.js';

describe('encoding', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(3);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe0, 0x20]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc3, 0xa0, 0xc0, 0x80]))).toBe(2); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from('città', 'utf8'))).toBe(6);
  });

  it('strips a BOM, refuses UTF-16 and NUL bytes', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a', bom: true });
    expect(decode(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false, messageId: 'encoding.utf16' });
    expect(decode(Buffer.from([0x61, 0x00]))).toMatchObject({ ok: false, messageId: 'encoding.binary', offset: 1 });
  });
});

describe('suggestions', () => {
  it('finds legal codes written in words', () => {
    const bases = ['6.1.a', '6.1.b', '6.1.c', '6.1.d', '6.1.e', '6.1.f'];
    expect(nearestCode('art. 6 lett. e', bases)).toBe('6.1.e');
    expect(nearestCode('Art. 6, par. 1, lett. c)', bases)).toBe('6.1.c');
    expect(nearestCode('9.2 g', ['9.2.g'])).toBe('9.2.g');
    expect(nearestCode('consenso', bases)).toBeUndefined();
  });

  it('suggests only plausible typos', () => {
    expect(nearest('finalità', ['finalita', 'fonte'])).toBe('finalita');
    expect(nearest('basi_giuridica', ['basi_giuridiche'])).toBe('basi_giuridiche');
    expect(nearest('xyz', ['finalita'])).toBeUndefined();
    expect(slugify('Mensa Scolastica è bella!')).toBe('mensa-scolastica-e-bella');
  });

  it('knows calendar dates and country codes', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(countryCodeOf('Stati Uniti')).toBe('US');
    expect(countryCodeOf('it')).toBe('IT');
    expect(countryCodeOf('U S')).toBe('US');
    expect(countryCodeOf('i.t.')).toBe('IT');
    expect(countryCodeOf('U.K.')).toBe('GB');
    expect(countryCodeOf('X Y')).toBeUndefined();
  });
});

describe('escaping', () => {
  it('escapes GitHub workflow commands', () => {
    expect(escapeData('100%\r\nok')).toBe('100%25%0D%0Aok');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlEscape('<a href="x">&\'\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('shows control characters, line breaks and bidirectional overrides as escapes', () => {
    expect(visible('a\nb\r\tc\u0007\u001b[0m\u0085\u2028\u202e')).toBe('a\\nb\\r\\tc\\u0007\\u001b[0m\\u0085\\u2028\\u202e');
    expect(visible('Caffè, «sì» — ok')).toBe('Caffè, «sì» — ok');
  });

  it('shows zero-width characters, directional marks, isolates and the byte order mark as escapes', () => {
    // Two values that print alike must not read alike: "salute" and "salu<ZWSP>te".
    expect(visible('salu\u200bte')).toBe('salu\\u200bte');
    expect(visible('\u200b\u200c\u200d\u200e\u200f\u061c\ufeff')).toBe('\\u200b\\u200c\\u200d\\u200e\\u200f\\u061c\\ufeff');
    expect(visible('a\u2066b\u2067c\u2068d\u2069e\u202af\u202bg\u202ch\u202di\u202e')).toBe('a\\u2066b\\u2067c\\u2068d\\u2069e\\u202af\\u202bg\\u202ch\\u202di\\u202e');
    // Neighbours that are ordinary text stay as they are: en dash, hyphen, no-break space.
    expect(visible('2020\u20132026 \u2010 a\u00a0b')).toBe('2020\u20132026 \u2010 a\u00a0b');
  });

  it('writes Markdown that shows the text as it is', () => {
    expect(markdownText('<nome> & __OGGI__ | *x* [a](b) `c`')).toBe('&lt;nome&gt; &amp; \\_\\_OGGI\\_\\_ \\| \\*x\\* \\[a\\](b) \\`c\\`');
  });

  it('percent-encodes the segments of a path for a URI reference', () => {
    expect(uriReference("a b/Caffè & Co's 100%, a:b #1.yaml")).toBe("a%20b/Caff%C3%A8%20%26%20Co's%20100%25%2C%20a%3Ab%20%231.yaml");
  });
});
