/**
 * Place: which authority wrote a report, resolved through the GB/T 2260 gazetteer.
 * (Types are the contract; resolution is implemented in this module.)
 */

/** Administrative level of the authority. */
export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface PlaceResult {
  /** Short name (`乐清`, `广州`, `天门`); null for a provincial authority or when unknown. */
  city: string | null;
  /** Full name as in the gazetteer (`乐清市`). */
  fullName: string | null;
  /** Province short name (`浙江`); for 北京/上海/天津/重庆 the municipality. */
  province: string | null;
  /** Parent prefecture short name for a county-level place (`温州`), else null. */
  prefecture: string | null;
  level: PlaceLevel | null;
  /** Six-digit GB/T 2260 code, e.g. `330382`. */
  divisionCode: string | null;
  /** How it was decided, in Chinese, e.g. `标题“乐清市卫生健康局…”`; `未能确定` when unknown. */
  basis: string;
}

/** What the parser knows that may name the place. */
export interface PlaceEvidence {
  /** Report title as written (or the metadata 名称). */
  title: string | null;
  /** Publisher as written (发布机构 / 来源 / publisher line). */
  publisher: string | null;
  /** 索引号 as written; may embed an 18-character unified social credit code. */
  indexNumber: string | null;
  /** The body text, paragraphs joined by newlines. */
  body: string;
}

/** Resolve the authority's place from the evidence. STUB: to be implemented. */
export function resolvePlace(_evidence: PlaceEvidence): PlaceResult {
  return { city: null, fullName: null, province: null, prefecture: null, level: null, divisionCode: null, basis: '未能确定' };
}
