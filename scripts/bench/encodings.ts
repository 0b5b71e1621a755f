/**
 * The byte encodings government-page copies come in, for the generated corpus and the robustness tests:
 * one encoder, so both produce exactly the bytes a copy in that encoding would have.
 */
import iconv from 'iconv-lite';

/** `-bom` names carry a byte-order mark; plain `utf-16le` is the BOM-less form. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le';

export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf8'));
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
    case 'utf-16be-bom':
      return new Uint8Array(iconv.encode(`\ufeff${text}`, 'utf-16be'));
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
  }
}
