/**
 * Who published a report, as its page says: the publisher the copied page names (or an editor
 * entered), else the health authority its title opens with (`乐清市卫生健康局2023年工作总结…`).
 * A title the site composed names no one, and nothing else is guessed: no publisher is `null`.
 */
import type { CorrectedReport } from '../model/index.ts';
import { openingAuthority } from '../places/index.ts';

/** A report's publisher and how it was decided (Chinese, for the page's 来源与依据). */
export interface ReportPublisher {
  name: string;
  basis: string;
}

type PublisherOf = Pick<CorrectedReport, 'title' | 'titleComposed' | 'corrections'> & {
  meta: Pick<CorrectedReport['meta'], 'publisher'>;
};

export function reportPublisher(report: PublisherOf): ReportPublisher | null {
  const stated = report.meta.publisher;
  if (stated !== null) {
    const fix = report.corrections.find((c) => c.key === 'publisher');
    const basis = fix ? `${fix.inferred ? '编辑推断' : '编辑更正'}，理由见 ${fix.file}` : '原网页的发布机构（来源）栏';
    return { name: stated, basis };
  }
  const named = report.titleComposed ? null : openingAuthority(report.title);
  return named === null ? null : { name: named, basis: `标题“${report.title}”` };
}
