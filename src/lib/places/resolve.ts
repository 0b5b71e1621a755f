/**
 * Place: which authority wrote a report, resolved through the GB/T 2260 gazetteer.
 *
 * Evidence is weighed strongest first and the first that decides wins; `basis` quotes it:
 * 1. the title, then the publisher, naming an authority (`乐清市卫生健康局`, `杭州市西湖区卫健委`),
 *    else a full place name in the title or the publisher (`义乌市2020年…`, `义乌市人民政府`);
 * 2. the division code inside an 18-character unified social credit code in the 索引号;
 * 3. the body: the place that is consistently its subject (`健康海安`, `结合海安实际`, `海安市`),
 *    with its parent prefecture as support, and of the kind the body calls its own (`我区`,
 *    `区委区政府`). A body naming only its prefecture, or a county and its prefecture with nothing
 *    to tell which wrote it, is unknown: a county report is never placed at its prefecture.
 * An ambiguous name (`朝阳区`) is settled by weaker evidence or not at all: never a guess.
 *
 * This module weighs the findings and settles the result; each kind of evidence has its reader:
 * title-evidence.ts (1), credit-code.ts (2), body-reading.ts and body-author.ts (3).
 */
import type { PlaceResult } from '../model/index.ts';
import { divisionByCode, lineage, type Division } from './gazetteer.ts';
import { compact, related, type Finding } from './finding.ts';
import { authorityFinding, namedPlaceFinding } from './title-evidence.ts';
import { creditCodeFinding } from './credit-code.ts';
import { ancestorSupport, readBodyNames, type BodyReading } from './body-reading.ts';
import { bodyFinding } from './body-author.ts';

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

/** Resolve the authority's place from the evidence. */
export function resolvePlace(evidence: PlaceEvidence): PlaceResult {
  const title = compact(evidence.title);
  const publisher = compact(evidence.publisher);
  const credit = creditCodeFinding(evidence.indexNumber);
  let body: BodyReading | undefined;
  const readBody = () => (body ??= readBodyNames(evidence.body));

  const strong = [
    authorityFinding(title, '标题'),
    authorityFinding(publisher, '发布机构'),
    namedPlaceFinding(title, '标题'),
    namedPlaceFinding(publisher, '发布机构'),
  ].find((f) => f !== null);
  if (strong) return settle(strong, credit, readBody);

  if (credit?.candidates.length === 1) return toResult(credit.candidates[0], credit.basis);
  const fromBody = bodyFinding(readBody());
  if (fromBody.candidates.length === 1) {
    const note = credit ? `；${credit.basis}` : '';
    return toResult(fromBody.candidates[0], fromBody.basis + note);
  }
  return unknown(fromBody.basis + (credit ? `；${credit.basis}` : ''));
}

/** The place with this six-digit GB/T 2260 code (an editor's correction), or null when no such division exists. */
export function placeByCode(code: string): PlaceResult | null {
  const d = /^\d{6}$/.test(code) ? divisionByCode(code) : undefined;
  return d ? toResult(d, `行政区划代码（${code}）`) : null;
}

/** A strong finding: unique, or narrowed by the credit code, then by the body. */
function settle(f: Finding, credit: Finding | null, readBody: () => BodyReading): PlaceResult {
  if (f.candidates.length === 1) {
    const coded = credit?.candidates[0];
    const conflict = coded && !related(coded, f.candidates[0]) ? `；${credit!.basis}却指${coded.name}，请核对` : '';
    return toResult(f.candidates[0], f.basis + conflict);
  }
  const byCode = credit?.candidates.length === 1 ? f.candidates.filter((d) => related(d, credit.candidates[0])) : [];
  if (byCode.length === 1) return toResult(byCode[0], `${f.basis}；${credit!.basis}`);
  const reading = readBody();
  const supported = f.candidates
    .map((d) => ({ d, support: ancestorSupport(d, reading) }))
    .filter((s) => s.support.count > 0);
  if (supported.length === 1) {
    const { d, support } = supported[0];
    return toResult(d, `${f.basis}；正文提到“${support.name}”（${support.count}次）`);
  }
  return unknown(`${f.basis}，可指${f.candidates.map(qualifiedName).join('、')}，其他证据无法区分`);
}

function toResult(d: Division, basis: string): PlaceResult {
  const province = divisionByCode(d.provinceCode)!;
  const prefecture = d.prefectureCode ? divisionByCode(d.prefectureCode)! : null;
  return {
    city: d.level === 'province' && !d.municipality ? null : d.shortName,
    fullName: d.name,
    province: province.shortName,
    prefecture: prefecture?.shortName ?? null,
    level: d.level,
    divisionCode: d.code,
    basis,
  };
}

function unknown(why: string): PlaceResult {
  return { city: null, fullName: null, province: null, prefecture: null, level: null, divisionCode: null, basis: `未能确定：${why}` };
}

/** `长春市朝阳区`, `北京市朝阳区`, `浙江省`: a name an editor can tell apart. */
function qualifiedName(d: Division): string {
  const parent = lineage(d)[1];
  return parent ? parent.name + d.name : d.name;
}
