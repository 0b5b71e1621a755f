/**
 * Kinds a title can name: the wording of a review (工作总结), a plan (工作要点) and a challenges
 * section (问题和挑战). Read by structure (is a line a part title?), parts (where a part starts,
 * which kind) and the pipeline (which title line is the report's title).
 */
import type { PartKind } from '../model/index.ts';

/** Kinds a part title can name. */
export type NamedKind = Exclude<PartKind, 'other'>;

/** Title wording of each kind. Challenge words only count at the start, or in fixed phrases: `围绕问题,…` is not one. */
export const KIND_PATTERNS: Record<NamedKind, RegExp> = {
  summary: /工作(?:总结|回顾)|年度?(?:总结|回顾)|^(?:总结|回顾)$|工作(?:开展|完成|进展)?情况$|(?:任务|目标)(?:完成|落实|执行)情况|(?:主要|工作)(?:成效|成绩)|取得的(?:主要)?(?:成效|成绩)/,
  plan: /工作(?:要点|重点|安排|计划|思路|打算|目标|任务|谋划)(?!(?:完成|落实|执行)情况)|下一步|(?:主要|重点)任务$|(?:明年|\d{4}年度?)的?(?:工作)?(?:打算|安排|计划|思路|要点|任务|目标)|^(?:今年|明年)的?(?:主要|重点)?(?:工作|任务)$/,
  challenges: /^(?:当前|目前|工作中)?(?:存在的?)?(?:主要|突出)?(?:问题|不足|困难|挑战)|存在的?(?:主要)?(?:问题|不足|困难)|问题(?:和|与|及)(?:不足|挑战|困难)|(?:困难|不足|短板)(?:和|与|及)(?:问题|挑战)|面临的?(?:形势|挑战|问题|困难)|(?:形势|挑战)(?:与|和)(?:挑战|机遇|任务)|形势分析/,
};

/** The kinds a title names (none, one, or several for `2023年工作总结和2024年工作重点`). */
export function titleKinds(text: string): Set<NamedKind> {
  const kinds = new Set<NamedKind>();
  for (const kind of Object.keys(KIND_PATTERNS) as NamedKind[]) if (KIND_PATTERNS[kind].test(text)) kinds.add(kind);
  return kinds;
}
