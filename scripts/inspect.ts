/**
 * Inspect how the parser reads one report file.
 *
 *   npm run --silent inspect -- <file>          readable summary (Chinese)
 *   npm run --silent inspect -- --json <file>   one JSON object
 *
 * Bad input (missing file, binary, empty) prints the problem on stderr and exits non-zero.
 */
import { readFileSync } from 'node:fs';
import { figuresOf, type OutlineNode, type Report, ReportError } from '../src/lib/model/index.ts';
import { loadIndicatorDefs, mapIndicator, type IndicatorDef } from '../src/lib/editorial/index.ts';
import { parseReport } from '../src/lib/parser/index.ts';

/** Indicator definitions editors keep in content/ (the folder can be moved with CONTENT_DIR). */
const INDICATORS_DIR = `${process.env.CONTENT_DIR ?? 'content'}/indicators`;

const KIND_NAMES: Record<string, string> = {
  summary: '总结',
  plan: '计划',
  'summary+plan': '总结和计划',
  challenges: '问题与挑战',
  other: '其他',
};

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 1) {
    process.stderr.write('用法: npm run --silent inspect -- [--json] <报告文件>\n');
    return 2;
  }
  const file = files[0];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是目录，不是文件' : `无法读取（${code ?? String(e)}）`;
    process.stderr.write(`${file}: ${why}\n`);
    return 1;
  }
  let report: Report;
  try {
    report = parseReport(bytes, { source: file });
  } catch (e) {
    if (e instanceof ReportError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const indicators = await loadIndicatorDefs(INDICATORS_DIR);
  process.stdout.write(json ? `${JSON.stringify(toJson(report, indicators), null, 2)}\n` : summary(report));
  for (const w of report.warnings) process.stderr.write(`${report.source}: 警告：${w}\n`);
  return 0;
}

function toJson(r: Report, indicators: readonly IndicatorDef[]) {
  return {
    source: r.source,
    id: r.id,
    title: r.title,
    titleComposed: r.titleComposed,
    city: r.place.city,
    province: r.place.province,
    divisionCode: r.place.divisionCode,
    publisher: r.meta.publisher,
    publishedAt: r.meta.publishedAt,
    reviewYear: r.reviewYear,
    planYear: r.planYear,
    kind: r.kind,
    basis: r.basis,
    warnings: r.warnings,
    parts: r.parts.map((p) => ({ kind: p.kind, year: p.year, title: p.title, outline: p.outline })),
    stripped: r.stripped.map((s) => s.text),
    metrics: [...figuresOf(r)].map(({ sentence: s, figure: f }) => ({
      indicator: mapIndicator(f, indicators),
      name: f.name,
      value: f.value,
      raw: f.raw,
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      kind: f.kind,
      sentence: s.text,
      anchor: f.id,
    })),
  };
}

function summary(r: Report): string {
  const year = (y: number | null) => (y === null ? '未注明' : `${y}年`);
  const place = r.place.city === null ? `未知（${r.place.basis}）` : [r.place.province, r.place.fullName].filter(Boolean).join(' ');
  const lines = [
    `文件　　${r.source}（${r.encoding}）`,
    `标题　　${r.title}${r.titleComposed ? '（据已知信息拟定）' : ''}`,
    `编号　　${r.id}`,
    `地点　　${place}${r.place.divisionCode ? `，区划代码 ${r.place.divisionCode}` : ''}`,
    `发布　　${r.meta.publisher ?? '发布机构未注明'}，${r.meta.publishedAt ?? '日期未注明'}`,
    `类型　　${KIND_NAMES[r.kind]}（${r.basis.kind}）`,
    `总结年份 ${year(r.reviewYear)}（${r.basis.reviewYear}）`,
    `计划年份 ${year(r.planYear)}（${r.basis.planYear}）`,
    '',
  ];
  for (const w of r.warnings) lines.push(`警告　　${w}`, '');
  r.parts.forEach((p, i) => {
    const sentences = p.blocks.reduce((n, b) => n + (b.type === 'paragraph' ? b.sentences.length : 0), 0);
    lines.push(`第${i + 1}部分　${KIND_NAMES[p.kind]}，${year(p.year)}：${p.title ?? '（无标题）'}　${sentences} 句`);
    const walk = (nodes: OutlineNode[], indent: string) =>
      nodes.forEach((n) => {
        lines.push(`${indent}${n.label}${n.title}  #${n.id}`);
        walk(n.children, `${indent}  `);
      });
    walk(p.outline, '  ');
  });
  lines.push('', `已移除 ${r.stripped.length} 行：`);
  for (const s of r.stripped) lines.push(`  第${s.line}行 [${s.reason}] ${s.text}`);
  return `${lines.join('\n')}\n`;
}

process.exitCode = await main(process.argv.slice(2));
