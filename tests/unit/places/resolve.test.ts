import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allDivisions, divisionsByFullName, lineage } from '../../../src/lib/places/gazetteer.ts';
import { placeByCode, resolvePlace, type PlaceEvidence } from '../../../src/lib/places/resolve.ts';
import type { PlaceResult } from '../../../src/lib/model/place.ts';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const lines = (text: string) => text.split('\n');
/** The value on the line after a label line (004's metadata table). */
const after = (text: string, label: string) => {
  const all = lines(text);
  return all[all.indexOf(label) + 1];
};

const evidence = (e: Partial<PlaceEvidence>): PlaceEvidence => ({ title: null, publisher: null, indexNumber: null, body: '', ...e });
const place = (e: Partial<PlaceEvidence>) => resolvePlace(evidence(e));
const where = (p: PlaceResult) => [p.city, p.province, p.prefecture, p.level, p.divisionCode];

describe('resolvePlace on the seeds', () => {
  const s000 = seed('000_f4176e7e517abf09.txt');
  const s001 = seed('001_25fd06d5f9460b46.txt');
  const s002 = seed('002_da4610836c923291.txt');
  const s003 = seed('003_91bbed86cc79f672.txt');
  const s004 = seed('004_07ef2b519cbbfa54.txt');

  it('000 乐清: the title names the authority', () => {
    const [title, ...rest] = lines(s000);
    const p = place({ title, body: rest.join('\n') });
    expect(where(p)).toEqual(['乐清', '浙江', '温州', 'county', '330382']);
    expect(p.fullName).toBe('乐清市');
    expect(p.basis).toBe('标题“乐清市卫生健康局…”');
  });

  it('001 义乌: publisher is only 市卫生健康局, the 索引号 credit code decides', () => {
    const all = lines(s001);
    const p = place({ indexNumber: all[0], publisher: all[1], title: all[7], body: all.slice(8).join('\n') });
    expect(all[1]).toBe('市卫生健康局');
    expect(where(p)).toEqual(['义乌', '浙江', '金华', 'county', '330782']);
    expect(p.basis).toBe('索引号中的统一社会信用代码（330782）');
  });

  it('002 广州: slogan title, 来源 本网, the body decides', () => {
    const all = lines(s002);
    const title = all.find((l) => l.includes('学史力行'))!.trim();
    const p = place({ title, publisher: '本网', body: s002 });
    expect(where(p)).toEqual(['广州', '广东', null, 'prefecture', '440100']);
    expect(p.basis).toMatch(/^正文/);
    expect(p.basis).toContain('健康广州');
  });

  it('003 海安: no title, no metadata; 健康海安 beats 南通 (its parent) in 南通卫生高职校海安校区', () => {
    const p = place({ body: s003 });
    expect(where(p)).toEqual(['海安', '江苏', '南通', 'county', '320685']);
    expect(p.basis).toContain('健康海安');
    expect(p.basis).toContain('上级南通');
  });

  it('004 天门: the 名称 field names 天门市卫健委; province-administered, so no prefecture', () => {
    const p = place({
      title: after(s004, '名称'),
      publisher: after(s004, '发布机构'),
      indexNumber: after(s004, '索引号'),
      body: s004,
    });
    expect(after(s004, '索引号')).toBe('MB1A08302/2024-13532');
    expect(where(p)).toEqual(['天门', '湖北', null, 'county', '429006']);
    expect(p.basis).toBe('标题“天门市卫健委…”');
  });

  it('004 with the publisher only, and with a non-credit 索引号 only', () => {
    expect(place({ publisher: after(s004, '发布机构') }).basis).toBe('发布机构“天门市卫生健康委员会”');
    expect(place({ indexNumber: after(s004, '索引号') }).city).toBeNull();
  });

  it('every seed resolves from its body alone, with the title line removed', () => {
    const bodyOnly = (text: string, drop: (line: string) => boolean) => lines(text).filter((l) => !drop(l)).join('\n');
    expect(place({ body: bodyOnly(s000, (l) => l.startsWith('乐清市卫生健康局')) }).divisionCode).toBe('330382');
    expect(place({ body: bodyOnly(s001, () => false) }).divisionCode).toBe('330782');
    expect(place({ body: bodyOnly(s004, (l) => l.includes('天门市卫')) }).divisionCode).toBe('429006');
  });

  it('000 body alone: 温州 (the parent) is named more often than 乐清, but 健康乐清 is the subject', () => {
    const body = lines(s000).slice(1).join('\n');
    expect(body.split('温州').length).toBeGreaterThan(body.split('乐清').length);
    const p = place({ body });
    expect(p.city).toBe('乐清');
    expect(p.basis).toContain('健康乐清');
  });

  it('004 body: 湖北省 is named often, but the province is not the authority', () => {
    const p = place({ body: s004.replace(/天门市卫(健委|生健康委员会)/g, '') });
    expect(p.level).toBe('county');
    expect(p.city).toBe('天门');
  });
});

describe('resolvePlace on authorities anywhere in China', () => {
  it('a district, narrowed by its city: 杭州市西湖区 (南昌 has a 西湖区 too)', () => {
    const p = place({ title: '杭州市西湖区卫生健康局2023年工作总结' });
    expect(where(p)).toEqual(['西湖', '浙江', '杭州', 'county', '330106']);
    expect(p.fullName).toBe('西湖区');
  });

  it('a county', () => {
    expect(where(place({ publisher: '淳安县卫生健康局' }))).toEqual(['淳安', '浙江', '杭州', 'county', '330127']);
  });

  it('a one-character county keeps its suffix: 赵县', () => {
    expect(where(place({ title: '赵县卫生健康局2023年工作总结' }))).toEqual(['赵县', '河北', '石家庄', 'county', '130133']);
  });

  it('沙市区 is 沙市, not 沙', () => {
    expect(place({ title: '沙市区卫生健康局工作要点' }).city).toBe('沙市');
  });

  it('a province: city null', () => {
    const p = place({ title: '浙江省卫生健康委员会2023年工作总结' });
    expect(where(p)).toEqual([null, '浙江', null, 'province', '330000']);
    expect(p.fullName).toBe('浙江省');
  });

  it('an autonomous region as a province', () => {
    expect(where(place({ title: '广西壮族自治区卫生健康委员会2023年工作总结' }))).toEqual([null, '广西', null, 'province', '450000']);
  });

  it('a municipality: city and province are both the municipality', () => {
    expect(where(place({ title: '北京市卫生健康委员会2023年工作总结' }))).toEqual(['北京', '北京', null, 'province', '110000']);
  });

  it('a district of a municipality: 上海市浦东新区', () => {
    const p = place({ title: '上海市浦东新区卫生健康委员会2023年工作总结' });
    expect(where(p)).toEqual(['浦东新区', '上海', '上海', 'county', '310115']);
    expect(p.fullName).toBe('浦东新区');
  });

  it('province-administered county-level cities have no prefecture: 仙桃, 济源', () => {
    expect(where(place({ title: '仙桃市卫生健康委员会工作总结' }))).toEqual(['仙桃', '湖北', null, 'county', '429004']);
    expect(where(place({ title: '济源市卫健委工作要点' }))).toEqual(['济源', '河南', null, 'county', '419001']);
  });

  it('autonomous prefecture and county by full name', () => {
    expect(where(place({ title: '恩施土家族苗族自治州卫生健康委员会2023年工作总结' }))).toEqual([
      '恩施', '湖北', null, 'prefecture', '422800',
    ]);
    expect(where(place({ title: '长阳土家族自治县卫生健康局2023年工作总结' }))).toEqual([
      '长阳县', '湖北', '宜昌', 'county', '420528',
    ]);
  });

  it('autonomous areas as people write them: 恩施州, 长阳县', () => {
    expect(place({ title: '恩施州卫健委2023年工作总结' }).divisionCode).toBe('422800');
    expect(place({ title: '长阳县卫生健康局2023年工作总结' }).divisionCode).toBe('420528');
    expect(place({ body: '我州深入推进健康恩施建设，恩施州医疗卫生服务体系不断完善。' }).divisionCode).toBe('422800');
  });

  it('full-width space, NBSP and U+3000 inside the name', () => {
    expect(place({ title: '乐清市\u3000卫生健康局 2023年工作总结' }).divisionCode).toBe('330382');
    expect(place({ publisher: '天门市\u00a0卫生健康委员会' }).divisionCode).toBe('429006');
  });

  it('the title wins over the body', () => {
    const p = place({ title: '乐清市卫生健康局工作总结', body: '推进健康义乌建设，义乌市医共体，健康义乌。' });
    expect(p.city).toBe('乐清');
  });
});

describe('resolvePlace on every division of the gazetteer', () => {
  const divisions = allDivisions().filter((d) => !d.zone);

  it('an authority named with its parent resolves to itself', () => {
    const wrong = divisions
      .map((d) => ({ d, p: place({ title: `${lineage(d)[1]?.name ?? ''}${d.name}卫生健康委员会2023年工作总结` }) }))
      .filter(({ d, p }) => p.divisionCode !== d.code)
      .map(({ d, p }) => `${d.name} ${d.code} → ${p.divisionCode} ${p.basis}`);
    expect(wrong).toEqual([]);
  });

  it('an authority named alone resolves to itself when its name is unique, and to nothing when not', () => {
    const wrong = divisions
      .map((d) => ({ d, p: place({ title: `${d.name}卫生健康局工作要点` }) }))
      .filter(({ d, p }) => p.divisionCode !== (divisionsByFullName(d.name).length === 1 ? d.code : null))
      .map(({ d, p }) => `${d.name} ${d.code} → ${p.divisionCode}`);
    expect(wrong).toEqual([]);
  });
});

describe('resolvePlace: the credit code in the 索引号', () => {
  it('a credit code alone', () => {
    expect(where(place({ indexNumber: '11330782329949043U/2021-374107' }))).toEqual(['义乌', '浙江', '金华', 'county', '330782']);
  });

  it('a valid credit code from an abolished county (海安县 320621) decides nothing, and says so', () => {
    const p = place({ indexNumber: '113206210140512348/2020-00001' });
    expect(p.city).toBeNull();
    expect(p.basis).toContain('320621');
    expect(p.basis).toContain('不在现行区划代码中');
  });

  it('the title still wins over a credit code of another place, and the basis says they disagree', () => {
    const p = place({ title: '乐清市卫生健康局2023年工作总结', indexNumber: '11330782329949043U/2021-374107' });
    expect(p.divisionCode).toBe('330382');
    expect(p.basis).toBe('标题“乐清市卫生健康局…”；索引号中的统一社会信用代码（330782）却指义乌市，请核对');
  });

  it('settles an ambiguous authority name: 朝阳区 with a 长春 credit code', () => {
    const p = place({ title: '朝阳区卫生健康局2023年工作总结', indexNumber: '11220104000013777J/2024-1' });
    expect(where(p)).toEqual(['朝阳', '吉林', '长春', 'county', '220104']);
  });
});

describe('resolvePlace: an ambiguous authority name, and what the body adds', () => {
  it('朝阳区 alone is ambiguous (北京, 长春): null, and the basis names both', () => {
    const p = place({ title: '朝阳区卫生健康委员会2023年工作总结' });
    expect(where(p)).toEqual([null, null, null, null, null]);
    expect(p.basis).toMatch(/^未能确定/);
    expect(p.basis).toContain('北京市朝阳区');
    expect(p.basis).toContain('长春市朝阳区');
  });

  it('朝阳区 settled by the body naming 北京', () => {
    const p = place({ title: '朝阳区卫生健康委员会2023年工作总结', body: '全区卫生健康系统认真落实北京市部署，服务首都北京发展大局。' });
    expect(where(p)).toEqual(['朝阳', '北京', '北京', 'county', '110105']);
    expect(p.basis).toContain('北京');
  });

  it('a body that decides nothing gives its reason after 未能确定', () => {
    expect(place({ body: '选派医护人员驰援武汉市，圆满完成任务。' }).basis).toBe('未能确定：正文只提到一次“武汉市”，不足以判断');
  });

  it('a credit code that decides nothing is added to the body’s basis, whether the body decides or not', () => {
    const indexNumber = '113206210140512348/2020-00001';
    const p = place({ indexNumber, body: '结合海安实际，推进“健康海安”建设，海安市医共体。' });
    expect(p.divisionCode).toBe('320685');
    expect(p.basis).toMatch(/^正文.*；索引号中的统一社会信用代码（320621）不在现行区划代码中$/);
    expect(place({ indexNumber }).basis).toBe(
      '未能确定：标题、发布机构、索引号和正文均未指明地名；索引号中的统一社会信用代码（320621）不在现行区划代码中',
    );
  });
});

describe('placeByCode', () => {
  it('gives the place of an existing code and null otherwise', () => {
    expect(placeByCode('330382')?.city).toBe('乐清');
    expect(placeByCode('429006')?.prefecture).toBeNull();
    expect(placeByCode('330399')).toBeNull();
    expect(placeByCode('33038')).toBeNull();
  });
});
