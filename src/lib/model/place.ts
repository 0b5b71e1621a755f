/**
 * The place of a report: which authority wrote it, as the gazetteer names it.
 * `resolvePlace` (src/lib/places) decides it and says why in `basis`. The zod schema is the one
 * declaration of the shape; the type is inferred from it.
 */
import { z } from 'zod';

/** Administrative level of the authority. */
export const placeLevelSchema = z.enum(['province', 'prefecture', 'county']);
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

export const placeResultSchema = z.object({
  /**
   * Short name (`乐清`, `广州`, `天门`, `浦东`); the municipality for 北京/上海/天津/重庆 themselves;
   * null for a provincial authority or when unknown.
   */
  city: z.string().nullable(),
  /** Full name as in the gazetteer (`乐清市`, `浙江省`). */
  fullName: z.string().nullable(),
  /** Province short name (`浙江`); for 北京/上海/天津/重庆 the municipality. */
  province: z.string().nullable(),
  /**
   * Parent prefecture short name of a county-level place (`温州`; `上海` for 浦东新区); null for
   * prefectures, provinces and county-level cities administered by their province (天门, 济源).
   */
  prefecture: z.string().nullable(),
  /** `province` also for the municipalities themselves (北京市卫健委), whose `city` is set. */
  level: placeLevelSchema.nullable(),
  /** Six-digit GB/T 2260 code, e.g. `330382`. */
  divisionCode: z.string().nullable(),
  /** How it was decided, in Chinese, e.g. `标题“乐清市卫生健康局…”`; starts with `未能确定` when unknown. */
  basis: z.string(),
});
export type PlaceResult = z.infer<typeof placeResultSchema>;
