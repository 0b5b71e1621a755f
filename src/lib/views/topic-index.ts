/**
 * The /topics/ page as it renders: every topic with how many reports and sections are about it,
 * and each province's share of characters per topic (topic-pages.ts `provinceShares`) as a heatmap
 * and as a table whose cells link to where the province starts on the topic's pages.
 */
import type { Element } from 'hast';
import type { TopicDef } from '../editorial/index.ts';
import { heatmap } from './charts/heatmap.ts';
import { topicPagePath, type ProvinceShares, type TopicPaging } from './topic-pages.ts';
import { shareLabel } from './topic-view.ts';

/** A topic in the list of topics. */
export interface TopicListItem {
  def: TopicDef;
  /** Site-relative link to the topic's first page. */
  path: string;
  /** Reports with sections about the topic. */
  covering: number;
  sections: number;
}

/** One province's row of the shares table. */
export interface ShareRow {
  name: string;
  reports: number;
  /** Per topic, in the order of the definitions: the share as shown and where the province starts on the topic's pages. */
  cells: { label: string; path: string }[];
}

/** The /topics/ page's data. */
export interface TopicIndex {
  topics: TopicListItem[];
  /** Provinces × topics; null when there are no reports. */
  chart: Element | null;
  rows: ShareRow[];
}

/** What /topics/ is built from (src/data/topic-pages.ts). */
export interface TopicIndexInput {
  defs: readonly TopicDef[];
  /** Each topic's pages by id (every definition has one). */
  pagings: ReadonlyMap<string, TopicPaging>;
  /** Topic shares by province, topics in the order of `defs`. */
  provinces: readonly ProvinceShares[];
}

function pagingOf(pagings: ReadonlyMap<string, TopicPaging>, topic: string): TopicPaging {
  const paging = pagings.get(topic);
  if (!paging) throw new Error(`no pages for topic ${topic}`);
  return paging;
}

/** The list of topics, the heatmap and the table of /topics/. */
export function topicIndex({ defs, pagings, provinces }: TopicIndexInput): TopicIndex {
  const names = provinces.map((p) => p.name);
  const chart =
    provinces.length === 0
      ? null
      : heatmap(
          names,
          defs.map((d) => d.name),
          provinces.map((p) =>
            p.shares.map((s, j) => ({
              value: s.share,
              display: shareLabel(s.share),
              tooltip: `${p.name}（${p.reports}份报告） · ${defs[j].name}：${shareLabel(s.share)}%（约${Math.round(s.chars)}字）`,
            })),
          ),
          {
            id: 'topic-shares',
            title: '各省份报告各专题篇幅',
            desc: '每行一个省份的全部报告，每列一个专题，格中数字为该专题相关段落占这些报告全文字数的百分比，颜色越深占比越高。',
            axisLabel: '占全文字数（%）',
          },
        );
  // Per topic, where each province starts on the topic's pages (its reports with sections, else the others).
  const starts = defs.map((d) => new Map(pagingOf(pagings, d.id).provinces.map((p) => [p.anchor, (p.coveredAt ?? p.absentAt)!])));
  return {
    topics: defs.map((def) => {
      const paging = pagingOf(pagings, def.id);
      return { def, path: topicPagePath(def.id), covering: paging.covering, sections: paging.sections };
    }),
    chart,
    rows: provinces.map((p) => ({
      name: p.name,
      reports: p.reports,
      cells: p.shares.map((s, j) => {
        const at = starts[j].get(p.anchor)!;
        return { label: shareLabel(s.share), path: `${topicPagePath(defs[j].id, at.page)}#${at.anchor}` };
      }),
    })),
  };
}
