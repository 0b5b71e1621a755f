/**
 * Decoding: the bytes of a report file → text, whatever encoding the page was saved in.
 *
 * Order: byte-order mark (UTF-8, UTF-16LE/BE); UTF-16 without BOM (NUL bytes, and one
 * byte order reads as text); strict UTF-8; otherwise the detector (`jschardet`) picks a Chinese legacy
 * encoding, GB18030 by default, decoded with `iconv-lite`. Empty, whitespace-only and
 * binary input throws `ReportError`.
 */
import { detect } from 'jschardet';
import iconv from 'iconv-lite';
import { ReportError } from '../model/index.ts';

/** Decoded text and the encoding it was read as (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`). */
export interface Decoded {
  text: string;
  encoding: string;
}

const BINARY_HINT = '请提供报告的纯文本（.txt 或 .md，建议 UTF-8 编码）';

/** Share of characters that may be control or replacement characters before the text counts as binary. */
const MAX_BAD_SHARE = 0.01;
/** Share of characters outside common text ranges (CJK, ASCII, punctuation) tolerated in legacy/UTF-16 guesses. */
const MAX_UNCOMMON_SHARE = 0.1;
/** Length of the stretches checked one by one, and the share of uncommon characters allowed in each. */
const WINDOW = 200;
const MAX_UNCOMMON_SHARE_IN_WINDOW = 0.3;

/** Decode a report file; `file` names it in errors. */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ReportError(file, null, '文件为空', '请确认报告全文已保存到该文件');
  const decoded = decodeBytes(bytes, file);
  if (decoded.text.trim() === '') {
    throw new ReportError(file, null, '文件只有空白字符，没有正文', '请确认报告全文已保存到该文件');
  }
  const bad = countMatches(decoded.text, /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g);
  if (bad > 0 && (decoded.text.includes('\u0000') || bad / decoded.text.length > MAX_BAD_SHARE)) {
    throw new ReportError(file, null, `不是文本文件（按 ${decoded.encoding} 解码后含 ${bad} 个控制字符）`, BINARY_HINT);
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), file), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withBom(bytes.subarray(2), 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withBom(bytes.subarray(2), 'utf-16be', file);

  const bomless = utf16WithoutBom(bytes);
  if (bomless) return bomless;
  if (bytes.includes(0)) {
    throw new ReportError(file, null, '不是文本文件（含 NUL 字节）', BINARY_HINT);
  }

  const asUtf8 = tryUtf8(bytes);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'utf-8' };

  const guess = detect(detectorSample(bytes));
  if (guess.encoding === null) {
    const kind = guess.mimeType && guess.mimeType !== 'application/octet-stream' ? `（${guess.mimeType}）` : '';
    throw new ReportError(file, null, `不是文本文件${kind}`, BINARY_HINT);
  }
  const encoding = /big5/i.test(guess.encoding) ? 'big5' : 'gb18030';
  const text = iconv.decode(bytes, encoding);
  if (!looksLikeText(text)) {
    throw new ReportError(file, null, `无法识别文件编码（不是 UTF-8，按 ${encoding} 解码也不像中文文本）`, '请把文件另存为 UTF-8 编码的纯文本');
  }
  return { text, encoding };
}

/** Bytes the detector reads from where the non-ASCII text starts (on a whole report it was a fifth of parsing). */
const SAMPLE_BYTES = 32 * 1024;

/**
 * What the detector reads: `SAMPLE_BYTES` from the first non-ASCII byte, so a long ASCII header
 * (URLs, dates) does not leave it nothing to judge by. A wrong pick is still caught: the whole
 * decoded text must read as text (`looksLikeText`), window by window.
 */
function detectorSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const start = Math.max(0, bytes.findIndex((b) => b >= 0x80));
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

function utf8(bytes: Uint8Array, file: string): string {
  const text = tryUtf8(bytes);
  if (text === null) throw new ReportError(file, null, '文件以 UTF-8 标记开头，但内容不是有效的 UTF-8', '请把文件另存为 UTF-8 编码的纯文本');
  return text;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 after its BOM. A byte inserted or lost shifts every later character into nonsense that
 * still decodes, so an odd length or a stretch of uncommon characters refuses the file.
 */
function withBom(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): Decoded {
  if (bytes.length % 2 !== 0) {
    throw new ReportError(file, null, `按 ${encoding} 解码时字节数为奇数，文件已损坏`, '请重新从网页复制全文并另存为 UTF-8 编码的纯文本');
  }
  const text = utf16(bytes, encoding);
  if (!looksLikeText(text)) {
    throw new ReportError(file, null, `按 ${encoding} 解码后有大段乱码，文件已损坏或编码标记有误`, '请重新从网页复制全文并另存为 UTF-8 编码的纯文本');
  }
  return { text, encoding };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * UTF-16 without a BOM: NUL bytes are the high byte of ASCII characters (and the low byte of
 * a few CJK ones such as `一` U+4E00 or the ideographic space U+3000), so try both byte
 * orders and keep the one that reads as text. Binary data reads as neither.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  const candidates = (['utf-16le', 'utf-16be'] as const).map((encoding) => ({ text: utf16(bytes, encoding), encoding }));
  const best = candidates.sort((a, b) => uncommonShare(a.text) - uncommonShare(b.text))[0];
  return looksLikeText(best.text) ? best : null;
}

/**
 * True when nearly every character is one a Chinese report uses (CJK, ASCII, punctuation, spaces),
 * overall and in every stretch of `WINDOW` characters: misread bytes come in runs, and a run of
 * nonsense in one part of a long file must not hide under the share of the whole.
 */
function looksLikeText(text: string): boolean {
  if (text.length === 0 || uncommonShare(text) > MAX_UNCOMMON_SHARE) return false;
  for (let start = 0; start < text.length; start += WINDOW / 2) {
    if (uncommonShare(text.slice(start, start + WINDOW)) > MAX_UNCOMMON_SHARE_IN_WINDOW) return false;
  }
  return true;
}

function uncommonShare(text: string): number {
  const uncommon = countMatches(
    text,
    /[^\u0009\u000A\u000D\u0020-\u007E\u00A0-\u00FF\u2000-\u206F\u2100-\u218F\u2460-\u24FF\u25A0-\u25FF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFE30-\uFE4F\uFF00-\uFFEF]/g,
  );
  return text.length === 0 ? 1 : uncommon / text.length;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
