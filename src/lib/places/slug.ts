/**
 * Slugs: stable, readable URL ids from Chinese names (pinyin, no tones, lowercase ASCII).
 *
 * pinyin-pro reads most place names right (重庆 chongqing, 长沙 changsha, 六安 luan); the names it
 * reads wrong (乐清 is yueqing, not leqing) are listed by editors in `content/place-readings.json`.
 */
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import readingsFile from '../../../content/place-readings.json' with { type: 'json' };
import { issueMessage, ReportError, type ReportKind, sourceStem } from '../model/index.ts';

const READINGS_FILE = 'content/place-readings.json';

const readingsSchema = z.object({
  readings: z.record(
    z.string().regex(/^\p{Script=Han}+$/u, '键须为汉字地名'),
    z.string().regex(/^[a-z]+( [a-z]+)*$/, '读音须为无声调小写拼音，逐字以空格分隔'),
  ),
});

/** Place-name readings, longest name first so `调兵山` wins over any shorter entry inside it. */
const READINGS: [string, string[]][] = (() => {
  const parsed = readingsSchema.safeParse(readingsFile, { error: issueMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportError(READINGS_FILE, null, `${issue.path.join('.')}：${issue.message}`, '请按文件开头的说明改正');
  }
  const entries = Object.entries(parsed.data.readings).map(([name, reading]): [string, string[]] => [name, reading.split(' ')]);
  for (const [name, syllables] of entries) {
    if (syllables.length !== [...name].length) {
      throw new ReportError(READINGS_FILE, null, `“${name}”有${[...name].length}个字，读音却有${syllables.length}个音节`, '每个字写一个音节，以空格分隔');
    }
  }
  return entries.sort((a, b) => b[0].length - a[0].length);
})();

/** Syllables of a run of Han characters, place-name readings first, pinyin-pro for the rest. */
function syllables(han: string): string[] {
  const out: string[] = [];
  let rest = '';
  const flush = () => {
    if (rest) out.push(...pinyin(rest, { toneType: 'none', type: 'array', v: true }));
    rest = '';
  };
  for (let i = 0; i < han.length; ) {
    const hit = READINGS.find(([name]) => han.startsWith(name, i));
    if (hit) {
      flush();
      out.push(...hit[1]);
      i += hit[0].length;
    } else {
      rest += han[i++];
    }
  }
  flush();
  return out.map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * Any text as a slug: Han characters as pinyin (one word per run), ASCII letters and digits kept,
 * everything else a hyphen. `000_f4176e7e517abf09` → `000-f4176e7e517abf09`.
 */
function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .split(/(\p{Script=Han}+)/u)
    .map((part, i) => (i % 2 === 1 ? syllables(part).join('') : part.toLowerCase()))
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A city's URL slug from its short name: `乐清` → `yueqing`, `广州` → `guangzhou`. */
export function citySlug(shortName: string): string {
  return slugify(shortName);
}

export interface ReportIdInput {
  city: string | null;
  province: string | null;
  reviewYear: number | null;
  planYear: number | null;
  kind: ReportKind;
  /** Source path; the fallback when no place is known. */
  source: string;
}

const UNKNOWN_REVIEW = 'review-unknown-year';
const UNKNOWN_PLAN = 'plan-unknown-year';

/**
 * A report's URL id: the city's slug (the province's for a provincial authority), then the years:
 * `yueqing-2023-2024` (review 2023 + plan 2024), `tianmen-2023` (a review), `haian-plan-2024`
 * (a plan), `haian-plan-unknown-year` when the text states no year, `anyue-other` for a page that is
 * not a work report. Without a place, the source
 * file's stem: `000-f4176e7e517abf09`.
 *
 * Not unique on its own: two reports of one city and year get the same id, and so do places that
 * read alike (北京 and 南通 both have a 通州). The caller gives the later ones `-2`, `-3`… in a stable
 * order (source name), so ids do not move between builds.
 */
export function reportId(input: ReportIdInput): string {
  const place = input.city ?? input.province;
  if (place === null) return slugify(sourceStem(input.source)) || 'report';
  const review = input.reviewYear === null ? UNKNOWN_REVIEW : String(input.reviewYear);
  const plan = input.planYear === null ? UNKNOWN_PLAN : `plan-${input.planYear}`;
  const years = {
    summary: [review],
    plan: [plan],
    'summary+plan': [review, input.planYear === null ? UNKNOWN_PLAN : String(input.planYear)],
    other: ['other'],
  }[input.kind];
  return [citySlug(place), ...years].join('-');
}
