/**
 * Whether a page's Chinese text renders as glyphs or as missing-glyph boxes (tofu). Each Chinese
 * character of the page's text is drawn on a canvas in the font of the element holding it and
 * compared, pixel for pixel, with a code point no font has (U+10FFFD, private use): a character
 * no available font covers is drawn as that same box (or blank). Canvas text uses the same font
 * fallback as the page, so this sees what a reader sees.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface GlyphCheck {
  /** Distinct (font, character) pairs drawn. */
  checked: number;
  /** Characters drawn as the missing glyph, with the font they were asked for. */
  missing: { font: string; chars: string }[];
}

/** Every Chinese character of the page's text (Han, CJK and full-width punctuation) checked against the missing glyph. */
export function missingGlyphs(page: Page): Promise<GlyphCheck> {
  return page.evaluate(() => {
    const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/gu;
    const byFont = new Map<string, Set<string>>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // <noscript> holds raw text while scripts run; it is not rendered.
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      const chars = node.textContent?.match(CHINESE);
      if (!chars) continue;
      const s = getComputedStyle(parent);
      // Drawn large, so a glyph and the box never come out the same by rounding.
      const font = `${s.fontStyle} ${s.fontWeight} 40px ${s.fontFamily}`;
      const set = byFont.get(font) ?? new Set<string>();
      for (const ch of chars) set.add(ch);
      byFont.set(font, set);
    }
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const draw = (font: string, ch: string) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = font;
      ctx.fillText(ch, 8, 48);
      return ctx.getImageData(0, 0, 64, 64).data;
    };
    const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((v, i) => v === b[i]);
    let checked = 0;
    const missing: { font: string; chars: string }[] = [];
    for (const [font, chars] of byFont) {
      const box = draw(font, '\u{10FFFD}');
      const lost = [...chars].filter((ch) => same(draw(font, ch), box));
      checked += chars.size;
      if (lost.length) missing.push({ font, chars: lost.join('') });
    }
    return { checked, missing };
  });
}

/**
 * A fontconfig file that hides every font covering Chinese, Japanese or Korean: a browser launched
 * with it as FONTCONFIG_FILE is a machine without a CJK font (what CI was before fonts-noto-cjk).
 */
export function fontconfigWithoutCjk(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'no-cjk-'));
  const file = path.join(dir, 'fonts.conf');
  const reject = ['zh-cn', 'zh-tw', 'zh-hk', 'ja', 'ko']
    .map((lang) => `<pattern><patelt name="lang"><string>${lang}</string></patelt></pattern>`)
    .join('');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${dir}/cache</cachedir>
  <selectfont><rejectfont>${reject}</rejectfont></selectfont>
</fontconfig>
`,
  );
  return file;
}
