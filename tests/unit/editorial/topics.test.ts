/**
 * Topics on sections cut out of the seeds, the assignment rule (heading, passing mentions,
 * longest keyword), text shares computed by hand, and the content folder.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { assignTopics, readTopicFolder, type TopicDef, type TopicSection, topicShares } from '../../../src/lib/editorial/topics.ts';
import { folderCopies } from '../../helpers/folder-copy.ts';
import { type Seed, seedText } from '../../helpers/figures-seeds.ts';

const CONTENT = path.join(import.meta.dirname, '../../../content/topics');

let defs: TopicDef[];
beforeAll(async () => {
  defs = (await readTopicFolder(CONTENT)).map((f) => f.data);
});

/**
 * The section of `seed` from `start` up to `end`: the heading is its first line, or, for a heading
 * that opens its paragraph, the text up to the first `。`.
 */
function seedSection(seed: Seed, start: string, end: string): TopicSection {
  const text = seedText(seed);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from === -1 || to === -1) throw new Error(`${seed} has no section ${start} … ${end}`);
  const section = text.slice(from, to).trim();
  const cut = Math.min(...['\n', '。'].map((c) => section.indexOf(c)).filter((i) => i !== -1));
  return { heading: section.slice(0, cut + 1).trim(), text: section.slice(cut + 1).trim() };
}

const topicsOf = (section: TopicSection) => assignTopics(section, defs).map((t) => t.topic);

describe('the shipped topics', () => {
  it('cover the topics every report covers', () => {
    expect(defs.map((d) => d.name).sort()).toEqual(
      [
        '党建', '疫情防控与公共卫生', '医改与医共体', '公立医院与基层', '中医药', '妇幼、托育与生育', '老龄与医养结合',
        '数字健康', '人才与科教', '监管与法治', '健康城市与爱国卫生', '安全与信访',
      ].sort(),
    );
  });
});

describe('assignTopics on seed sections', () => {
  it('reads the topic from a heading that names it', () => {
    expect(topicsOf(seedSection('haian', '(七)持续促进中医药传承创新发展', '(八)'))[0]).toBe('tcm');
    expect(topicsOf(seedSection('tianmen', '(六)创新传承中医发展', '(七)'))[0]).toBe('tcm');
    expect(topicsOf(seedSection('yiwu', '(二)提升中医药服务能力', '(三)大力推进智慧医疗'))[0]).toBe('tcm');
    expect(topicsOf(seedSection('haian', '(一)全面加强党的建设', '(二)'))).toEqual(['party-building']);
    expect(topicsOf(seedSection('haian', '(四)打造优质高效公共卫生治理体系', '(五)'))[0]).toBe('epidemic-public-health');
    expect(topicsOf(seedSection('haian', '(五)聚焦重点人群保障促进均衡发展', '(六)'))[0]).toBe('maternal-child-fertility');
    expect(topicsOf(seedSection('tianmen', '(一)持续深化医药卫生体制改革', '(二)继续抓好'))).toEqual(['health-reform']);
  });

  it('reads slogans through their words: 筑高峰,强基层 → hospitals and primary care (and its 中医药 part)', () => {
    expect(topicsOf(seedSection('yueqing', '(二)筑高峰,强基层', '(三)抓改革'))).toEqual(['hospitals-primary-care', 'tcm']);
    expect(topicsOf(seedSection('guangzhou', '(二)坚持科学精准,疫情防控工作有力有效', '(三)坚持强基创优'))).toEqual([
      'epidemic-public-health',
    ]);
  });

  it('matches 健康X行动 through the wildcard keyword', () => {
    const section = seedSection('tianmen', '(八)积极开展健康天门行动', '三.依法行政');
    expect(section.heading).toBe('(八)积极开展健康天门行动');
    expect(topicsOf(section)).toContain('healthy-city');
    expect(topicsOf({ heading: '深入实施健康广州行动', text: '' })).toEqual(['healthy-city']);
  });

  it('lists every topic a broad section covers, best first', () => {
    // 重规范,强领航: party building with 法治, 防风险 and 育英才 sub-parts.
    const topics = topicsOf(seedSection('yueqing', '(五)重规范,强领航', '此外,持续强化'));
    expect(topics[0]).toBe('party-building');
    expect(topics).toEqual(expect.arrayContaining(['supervision-law', 'safety-petitions', 'talent-research']));
  });

  it('does not assign a topic from passing mentions', () => {
    // 专项整治 mentions a 中医药廉洁文化基地 in passing: party building only.
    expect(topicsOf(seedSection('tianmen', '(二)深入开展专项整治', '(三)强化意识形态'))).toEqual(['party-building']);
    expect(topicsOf({ heading: '持续深化医改', text: '推进医共体建设,其中中医院参与。' + '完善分级诊疗制度。'.repeat(5) })).toEqual([
      'health-reform',
    ]);
    expect(topicsOf({ heading: '', text: '加强中医药服务。' })).toEqual([]);
  });

  it('lets the longest keyword claim its span: 基层党组织 is party building, not primary care', () => {
    const section = { heading: '', text: '加强基层党组织建设,开展基层党组织书记培训,完成基层党组织换届。' };
    expect(topicsOf(section)).toEqual(['party-building']);
  });

  it('matches words, not characters across words: 浙中医疗 and 集中药品 are not 中医药', () => {
    expect(topicsOf({ heading: '浙中医疗卫生服务中心建设', text: '' })).not.toContain('tcm');
    expect(topicsOf({ heading: '推进集中药品采购', text: '' })).not.toContain('tcm');
    expect(topicsOf({ heading: '市中医院建设', text: '' })).toContain('tcm');
  });

  it('returns scores that follow the rule: 3 per heading hit plus body hits', () => {
    const [tcm] = assignTopics({ heading: '中医药传承', text: '建设中医馆,推广中药。' }, defs);
    expect(tcm).toEqual({ topic: 'tcm', score: 3 + 2 });
  });
});

describe('topicShares', () => {
  const scored = (sections: TopicSection[]) => sections.map((section) => ({ section, topics: assignTopics(section, defs) }));

  it('splits characters by score and counts untopical text in the total only', () => {
    const a = { heading: '中医药', text: 'x'.repeat(97) }; // 100 chars, tcm only
    const b = { heading: '中医药与党建', text: 'y'.repeat(94) }; // 100 chars, tcm 3 and party 3
    const c = { heading: '', text: 'z'.repeat(200) }; // no topic
    const shares = topicShares(scored([a, b, c]), defs);
    const of = (id: string) => shares.find((s) => s.topic === id)!;
    expect(shares.map((s) => s.topic)).toEqual(defs.map((d) => d.id));
    expect(of('tcm')).toEqual({ topic: 'tcm', chars: 150, share: 150 / 400 });
    expect(of('party-building')).toEqual({ topic: 'party-building', chars: 50, share: 50 / 400 });
    expect(of('digital-health').share).toBe(0);
  });

  it('gives shares between 0 and 1 that sum to at most 1 on a whole seed', () => {
    const lines = seedText('haian').split('\n').filter((l) => l.trim());
    const sections = lines.map((l) => ({ heading: l.slice(0, l.indexOf('。') + 1), text: l.slice(l.indexOf('。') + 1) }));
    const shares = topicShares(scored(sections), defs);
    const sum = shares.reduce((acc, s) => acc + s.share, 0);
    expect(sum).toBeGreaterThan(0.9);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    expect(shares.find((s) => s.topic === 'tcm')!.share).toBeGreaterThan(0.05);
  });

  it('is empty-safe', () => {
    expect(topicShares([], defs).every((s) => s.share === 0 && s.chars === 0)).toBe(true);
  });
});

describe('the content folder', () => {
  const copyWith = folderCopies(CONTENT);

  it('adds a topic when a file is added, with no code change', async () => {
    const section = seedSection('tianmen', '(七)切实落实健康帮扶政策', '(八)');
    expect(topicsOf(section)).toEqual([]);
    const folder = await copyWith({
      'aid.md': '---\nid: aid\nname: 对口帮扶\nkeywords: [帮扶, 对口支援, 脱贫]\ndescription: 对口支援与健康帮扶。\n---\n\n对口支援。\n',
    });
    const more: TopicDef[] = (await readTopicFolder(folder)).map((f) => f.data);
    expect(assignTopics(section, more).map((t) => t.topic)).toEqual(['aid']);
  });

  it('names file, line and field of a bad keyword', async () => {
    const folder = await copyWith({
      'bad.md': '---\nid: bad\nname: 坏\nkeywords:\n  - 好词\n  - "*行动"\ndescription: 说明\n---\n',
    });
    const error = (await readTopicFolder(folder).catch((e: unknown) => e)) as ReportError;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.file).toBe(path.join(folder, 'bad.md'));
    expect(error.line).toBe(6);
    expect(error.message).toContain('keywords');
  });
});
