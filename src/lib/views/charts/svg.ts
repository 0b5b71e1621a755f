/**
 * SVG building blocks shared by the charts: a small hast element builder, text width estimates
 * for laying out Chinese labels, and the accessible `<svg>` wrapper every chart returns.
 *
 * Charts are computed with d3 at build time and emitted as hast trees (no DOM), serialised with
 * `hast-util-to-html`, and inlined into pages, so they read without JavaScript. A chart is one
 * image (`role="img"`): it holds no links; the table beside it links every value to its source.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** Attribute values as written in SVG (attribute names, e.g. `text-anchor`, `data-value`). */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * A hast SVG element; attribute names are given as in SVG and resolved by the serialiser.
 * Numbers are coordinates and get rounded to 0.01: pass data (`data-value`) as strings.
 */
export function s(tagName: string, attrs: Attrs = {}, children: (ElementContent | string | null | false)[] = []): Element {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    properties[key] = typeof value === 'number' ? round(value) : value;
  }
  return {
    type: 'element',
    tagName,
    properties,
    children: children
      .filter((c): c is ElementContent | string => c !== null && c !== false)
      .map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
  };
}

/** Coordinates rounded to 0.01: shorter markup, same picture. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Serialise a chart for inlining into an HTML page. */
export function svgToString(svg: Element): string {
  return toHtml(svg, { space: 'svg' });
}

/**
 * Approximate rendered width of a label in user units: CJK and full-width characters take one em,
 * digits and ASCII about 0.6 em. Enough to reserve room for labels without measuring fonts.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code > 0x2e80 ? 1 : code === 0x20 ? 0.3 : 0.6;
  }
  return em * fontSize;
}

/**
 * Split a label into at most `maxLines` lines that each fit `width`; the last line ends in `…`
 * when the label is longer (the full label stays in the mark's `<title>` and in the table).
 */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  // Labels like `乐清 2023–2024` break at their spaces when the words fit.
  const words = text.split(' ').filter((w) => w !== '');
  if (words.length > 1 && words.length <= maxLines && words.every((w) => textWidth(w, fontSize) <= width)) {
    return textWidth(text, fontSize) <= width ? [text] : words;
  }
  const lines: string[] = [];
  let line = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const next = line + chars[i];
    if (textWidth(next, fontSize) <= width || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      let cut = line;
      while (cut.length > 1 && textWidth(cut + '…', fontSize) > width) cut = cut.slice(0, -1);
      lines.push(cut + '…');
      return lines;
    }
    lines.push(line);
    line = chars[i];
  }
  lines.push(line);
  return lines;
}

/** What every chart says about itself, for screen readers and the visible caption. */
export interface ChartText {
  /** Unique on the page: prefixes the ids of `<title>` and `<desc>`. */
  id: string;
  /** Short name of the chart, e.g. `人均预期寿命：各地最新实际值`. */
  title: string;
  /** One or two sentences saying what the chart shows and how to read it. */
  desc: string;
}

/**
 * The outer `<svg>`: `role="img"`, `<title>`/`<desc>` referenced by `aria-labelledby`, a viewBox
 * and `width="100%"` so it scales to a phone; text inherits the page colour (dark mode).
 */
export function chartSvg(text: ChartText, width: number, height: number, body: Element[]): Element {
  const titleId = `${text.id}-title`;
  const descId = `${text.id}-desc`;
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart-svg',
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      viewBox: `0 0 ${round(width)} ${round(height)}`,
      width: '100%',
      'font-size': FONT_SIZE,
      fill: 'currentColor',
    },
    [s('title', { id: titleId }, [text.title]), s('desc', { id: descId }, [text.desc]), ...body],
  );
}

/** Width of a chart's viewBox: a 360 px phone's column, so one user unit is about one pixel there. */
export const CHART_WIDTH = 328;

/** Label size in user units; the viewBox is about a phone column wide, so this is roughly pixels on a phone. */
export const FONT_SIZE = 14;
