/**
 * The same report saved differently must parse to the same Report (all but `encoding`):
 * GBK/GB18030, UTF-16 with and without BOM, UTF-8 with BOM, CRLF, full-width punctuation and
 * digits, U+3000/NBSP indentation, and all of these at once.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { SEEDS, bytesOf, withoutEncoding } from './helpers.ts';

const FIXTURES = [
  'tests/fixtures/parser/deep-nesting.txt',
  'tests/fixtures/parser/fullwidth-inline.txt',
  'tests/fixtures/parser/hard-wrapped.txt',
];

/** Every printable ASCII character (except space) as its full-width form: `,` → `，`, `(` → `（`, `1` → `１`. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const indent = (text: string, space: string) => text.split('\n').map((l) => space + l).join('\n');
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();

const VARIANTS: [string, (text: string) => Uint8Array, string][] = [
  ['GB18030', (t) => iconv.encode(t, 'gb18030'), 'gb18030'],
  ['UTF-16LE with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(t)]), 'utf-16le'],
  ['UTF-16BE with BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]), 'utf-16be'],
  ['UTF-16LE without BOM', (t) => utf16le(t), 'utf-16le'],
  ['UTF-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), 'utf-8'],
  ['CRLF', (t) => Buffer.from(t.replace(/\n/g, '\r\n')), 'utf-8'],
  ['CR only', (t) => Buffer.from(t.replace(/\n/g, '\r')), 'utf-8'],
  ['full-width punctuation and digits', (t) => Buffer.from(fullWidth(t)), 'utf-8'],
  ['U+3000 indentation', (t) => Buffer.from(indent(t, '\u3000\u3000')), 'utf-8'],
  ['NBSP indentation and trailing spaces', (t) => Buffer.from(indent(t, '\u00a0\u00a0').replace(/\n/g, ' \u00a0\n')), 'utf-8'],
  ['zero-width spaces', (t) => Buffer.from(t.replace(/。/g, '。\u200b')), 'utf-8'],
  [
    'GB18030 + CRLF + full-width + U+3000',
    (t) => iconv.encode(indent(fullWidth(t), '\u3000').replace(/\n/g, '\r\n'), 'gb18030'),
    'gb18030',
  ],
];

describe.each([...Object.values(SEEDS), ...FIXTURES])('%s', (path) => {
  const text = bytesOf(path).toString('utf8');
  const original = parseReport(bytesOf(path), { source: path });

  it.each(VARIANTS)('%s parses to the same report', (_name, encode, encoding) => {
    const variant = parseReport(encode(text), { source: path });
    expect(variant.encoding).toBe(encoding);
    expect(withoutEncoding(variant)).toEqual(withoutEncoding(original));
  });

  it('GBK (where the text fits in GBK) parses to the same report', () => {
    const gbk = iconv.encode(text, 'gbk');
    // GBK lacks a few characters GB18030 has; only compare when the round trip is lossless.
    if (iconv.decode(gbk, 'gbk') !== text) return;
    expect(withoutEncoding(parseReport(gbk, { source: path }))).toEqual(withoutEncoding(original));
  });
});
