/**
 * Indicators: what a figure measures, so that the same indicator under different names
 * (`人均预期寿命`, `平均期望寿命`) can be compared across reports.
 *
 * Indicators are editors' content, one markdown file each in `content/indicators/`: frontmatter
 * validated by `indicatorSchema`, a body with a short definition in Chinese. Mapping goes through
 * the synonyms only, so a new file with new synonyms adds an indicator without a code change.
 *
 * Mapping rule (`mapIndicator`):
 * - a change (`同比增长…`) never maps: changes are not levels;
 * - the figure's name must equal a synonym (or the indicator's `name`), or end with one after a
 *   scope prefix only: a year (`2023年`), `当年`, `全年`, `年末`, place-wide words (`全市`, `我县`…),
 *   `目前`, `现有`, `共有`, `建有`, `各类`. `医养结合床位数` therefore never maps to `床位数`, nor
 *   `千人床位数` to `床位数`, nor `每千人注册中医类别医师数` to `千人医师数`;
 * - the figure's unit must be the indicator's unit (a `%` value is never a life expectancy);
 * - a count (`measure: count`) describes the whole place only when the text says so: the name has a
 *   place-wide prefix (`全市床位`), or the figure leads its sentence, or the sentence's lead clause
 *   starts place-wide (`全市医疗卫生机构达5814个,床位达10.65万张`). `建立医养结合机构6家,床位1860张`
 *   and `新增托育机构16家、托位684个` are about a subset, not the city's beds or places;
 * - a figure matching two indicators maps to none.
 */
import { z } from 'zod';
import { type ContentFile, readContentFolder } from './content-folder.ts';
import { type Figure, ReportError } from '../model/index.ts';
import { foldWidth } from '../width.ts';

/** Frontmatter of `content/indicators/<id>.md`. */
export const indicatorSchema = z.strictObject({
  /** Slug, equal to the file name: `life-expectancy`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为小写字母、数字和连字符组成的标识'),
  /** Chinese name shown on pages: `人均预期寿命`. */
  name: z.string().min(1),
  /** Names that mean this indicator as reports write them (the `name` counts as one too). */
  synonyms: z.array(z.string().min(1)),
  /** Unit figures of this indicator are stated in: `岁`, `%`, `‰`, `人`, `张`, `/10万`. */
  unit: z.string().min(1),
  /** Whether a higher value is better; null when neither (counts of beds). */
  higherIsBetter: z.boolean().nullable(),
  /** `rate` (%, ‰), `per-capita` (per 1,000 people), `count` (absolute), `years`. */
  measure: z.enum(['rate', 'per-capita', 'count', 'years']),
  /**
   * Synonyms that name a different measure of the same thing (`调阅后平均互认率` beside
   * `跨院互认率`): their figures stay on the indicator's page but are listed apart, never charted
   * with the others. Each listed synonym must also be in `synonyms`.
   */
  differentMeasures: z
    .array(
      z.strictObject({
        /** What the measure is called on the page: `调阅后互认率`. */
        name: z.string().min(1),
        /** The synonyms stating it. */
        synonyms: z.array(z.string().min(1)).min(1),
        /** Why it differs, shown beside its values. */
        note: z.string().min(1),
      }),
    )
    .optional(),
});

/** An indicator as editors define it. */
export type IndicatorDef = z.infer<typeof indicatorSchema>;

/** An indicator read from its file, with the definition written in its body. */
export interface LoadedIndicator extends IndicatorDef {
  /** The markdown body: a short definition in Chinese. */
  definition: string;
  /** Path of the file it was read from. */
  file: string;
}

/** A different measure an indicator's editors mark among its synonyms. */
export type DifferentMeasure = NonNullable<IndicatorDef['differentMeasures']>[number];

/** Prefixes that only set the scope of a name: its year, or the whole place. */
const PLACE_WIDE = String.raw`(?:全|我|本)(?:市|县|区|省|州|旗|盟|国)|全域`;
const SCOPE_PREFIX = new RegExp(
  String.raw`^(?:\d{4}年(?:度|底|末)?|当年|全年|年末|年底|目前|截至目前|现有|共有|建有|拥有|设有|各类|${PLACE_WIDE})+$`,
);
const PLACE_WIDE_START = new RegExp(String.raw`^(?:\d{4}年(?:度|底|末)?|截至目前|目前|年末|年底)*(?:${PLACE_WIDE})`);

/** Names compare without spaces and with full-width brackets folded: `执业（助理）` = `执业(助理)`. */
function normalName(name: string): string {
  return foldWidth(name).replace(/\s+/g, '');
}

/**
 * The indicator a figure states, by synonyms only; null when none fits, when it is a change,
 * when the unit differs, or when two indicators fit. See the module comment for the rule.
 */
export function mapIndicator(figure: Figure, defs: readonly IndicatorDef[]): string | null {
  if (figure.kind === 'change' || figure.name === null) return null;
  const name = normalName(figure.name);
  const exact = new Set<IndicatorDef>();
  const scoped = new Set<IndicatorDef>();
  for (const def of defs) {
    for (const synonym of [def.name, ...def.synonyms].map(normalName)) {
      if (name === synonym) exact.add(def);
      else if (namesSynonym(name, synonym)) scoped.add(def);
    }
  }
  const matches = exact.size > 0 ? exact : scoped;
  if (matches.size !== 1) return null;
  const [def] = matches;
  if (figure.unit !== def.unit) return null;
  if (def.measure === 'count' && !describesWholePlace(figure, name)) return null;
  return def.id;
}

/** Whether a figure's name is the synonym, alone or after a scope prefix only (see the module comment). */
function namesSynonym(name: string, synonym: string): boolean {
  return name === synonym || (name.endsWith(synonym) && SCOPE_PREFIX.test(name.slice(0, -synonym.length)));
}

/**
 * The different measure a figure name of the indicator states (one of `differentMeasures`), null
 * when it states the indicator's own measure or has no name.
 */
export function differentMeasureOf(name: string | null, def: Pick<IndicatorDef, 'differentMeasures'>): DifferentMeasure | null {
  if (name === null) return null;
  const folded = normalName(name);
  return def.differentMeasures?.find((m) => m.synonyms.some((s) => namesSynonym(folded, normalName(s)))) ?? null;
}

function describesWholePlace(figure: Figure, name: string): boolean {
  if (PLACE_WIDE_START.test(name)) return true;
  const subject = figure.subject ?? null;
  return subject === null || PLACE_WIDE_START.test(normalName(subject));
}

/**
 * Read and check every `*.md` of `dir` as an indicator: the one reading of `content/indicators`,
 * for the `indicators` collection and for the reports loader (through `loadIndicatorDefs`).
 * Errors name the file, the line and the field: a bad field, an id that is not the file name,
 * or a name two indicators claim.
 */
export async function readIndicatorFolder(dir: string): Promise<ContentFile<IndicatorDef>[]> {
  const files = await readContentFolder(dir, indicatorSchema);
  const claimed = new Map<string, string>();
  for (const { file, data: def, yaml } of files) {
    for (const [i, synonym] of [def.name, ...def.synonyms].entries()) {
      const key = normalName(synonym);
      const owner = claimed.get(key);
      if (owner !== undefined && owner !== def.id) {
        const line = i === 0 ? yaml.lineOf(['name']) : yaml.lineOf(['synonyms', i - 1]);
        throw new ReportError(file, line, `名称“${synonym}”已属于指标 ${owner}`, '同一名称只能指向一个指标，请删去其中一处');
      }
      claimed.set(key, def.id);
    }
    const own = new Set([def.name, ...def.synonyms].map(normalName));
    for (const [i, measure] of (def.differentMeasures ?? []).entries()) {
      const j = measure.synonyms.findIndex((s) => !own.has(normalName(s)));
      if (j >= 0) {
        throw new ReportError(
          file,
          yaml.lineOf(['differentMeasures', i, 'synonyms', j]),
          `differentMeasures 中的“${measure.synonyms[j]}”不在本指标的 synonyms 中`,
          '口径不同的叫法也要先写进 synonyms，请补上或删去这一项',
        );
      }
    }
  }
  return files;
}

/** The indicators of `dir` (read and checked by `readIndicatorFolder`) with their definitions, for mapping figures. */
export async function loadIndicatorDefs(dir: string): Promise<LoadedIndicator[]> {
  return (await readIndicatorFolder(dir)).map(({ file, data, body }) => ({ ...data, definition: body, file }));
}
