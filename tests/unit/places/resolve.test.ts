import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allDivisions,
  type Division,
  divisionByCode,
  divisionsByFullName,
  divisionsByShortName,
  lineage,
  scanNames,
  shortNameOf,
} from '../../../src/lib/places/gazetteer.ts';
import { placeByCode, resolvePlace, type PlaceEvidence, type PlaceResult } from '../../../src/lib/places/resolve.ts';

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
    expect(where(p)).toEqual(['浦东', '上海', '上海', 'county', '310115']);
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
      '长阳', '湖北', '宜昌', 'county', '420528',
    ]);
  });

  it('autonomous areas as people write them: 恩施州, 长阳县', () => {
    expect(place({ title: '恩施州卫健委2023年工作总结' }).divisionCode).toBe('422800');
    expect(place({ title: '长阳县卫生健康局2023年工作总结' }).divisionCode).toBe('420528');
    expect(place({ body: '我州深入推进健康恩施建设，恩施州医疗卫生服务体系不断完善。' }).divisionCode).toBe('422800');
  });

  it('a publisher naming the place without the authority word', () => {
    const p = place({ publisher: '义乌市人民政府' });
    expect(p.divisionCode).toBe('330782');
    expect(p.basis).toBe('发布机构“义乌市人民政府”');
  });

  it('a short name before the authority word: 长沙卫健委 is 长沙市, not 长沙县', () => {
    expect(place({ title: '长沙卫健委2023年工作总结' }).divisionCode).toBe('430100');
    expect(place({ title: '长沙县卫生健康局2023年工作总结' }).divisionCode).toBe('430121');
  });

  it('a title naming the place without the authority word', () => {
    const p = place({ title: '义乌市2020年卫生健康工作总结' });
    expect(p.divisionCode).toBe('330782');
    expect(p.basis).toBe('标题“义乌市2020年卫生健康工作总结”');
  });

  it('a title whose words only look like a place: 合作市场 is no 合作市', () => {
    expect(place({ title: '深化医疗合作市场化改革工作要点' }).city).toBeNull();
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

  it('a body about any place resolves to it or to nothing, never to another place', () => {
    const outcomes = divisions.map((d) => {
      const body = `今年以来，推进健康${d.shortName}建设。${d.name}医共体改革稳步推进，${d.name}基层服务能力提升。`;
      return { d, code: place({ body }).divisionCode };
    });
    expect(outcomes.filter(({ d, code }) => code !== null && code !== d.code).map(({ d }) => d.name)).toEqual([]);
    // Unknown only where the name itself is ambiguous (朝阳区) or a province speaks without 我省.
    const unknown = outcomes.filter(({ code }) => code === null).map(({ d }) => d);
    expect(unknown.filter((d) => d.level !== 'province' && divisionsByFullName(d.name).length === 1).map((d) => d.name)).toEqual([]);
  });
});

describe('resolvePlace: every county-level division naming its prefecture more often than itself', () => {
  // `城区`, `郊区`, `矿区`, `东区`, `西区` are words first: their mentions are no evidence for a district.
  const counties = allDivisions().filter(
    (d) => !d.zone && d.level === 'county' && d.prefectureCode && d.prefectureCode !== d.provinceCode && !(d.name.length === 2 && d.name.endsWith('区')),
  );
  const government = (d: Division) => (d.name.endsWith('自治县') ? '县' : d.name.slice(-1));
  const body = (d: Division, self: string) => {
    const parent = lineage(d)[1].name;
    return `${self}落实${parent}部署，获${parent}表彰，列${parent}前列。${d.name}医共体建设，${d.name}基层服务能力提升。`;
  };

  it('is never read as the prefecture: the county, or unknown', () => {
    const wrong = counties
      .flatMap((d) => ['', `${government(d)}委${government(d)}政府`].map((self) => ({ d, p: place({ body: body(d, self) }) })))
      .filter(({ d, p }) => p.divisionCode !== null && p.divisionCode !== d.code)
      .map(({ d, p }) => `${d.name} ${d.code} → ${p.fullName} ${p.basis}`);
    expect(wrong).toEqual([]);
  });

  it('is the county when the body speaks of its own government (`县委县政府`) and the name is unique', () => {
    // `市委市政府` does not tell a county-level city from its prefecture, nor `区委区政府` a district from
    // its 地区; two-character names (`赵县`) may be words, so they are never taken from a body on their own.
    const unresolved = counties
      .filter((d) => d.name.length > 2 && divisionsByFullName(d.name).length === 1 && ['县', '区', '旗'].includes(d.name.slice(-1)))
      .filter((d) => !lineage(d)[1].name.endsWith(d.name.slice(-1)))
      .filter((d) => place({ body: body(d, `在${d.name.slice(-1)}委${d.name.slice(-1)}政府领导下，`) }).divisionCode !== d.code)
      .map((d) => d.name);
    expect(unresolved).toEqual([]);
  });
});

describe('resolvePlace: the credit code in the 索引号', () => {
  it('a credit code alone', () => {
    expect(where(place({ indexNumber: '11330782329949043U/2021-374107' }))).toEqual(['义乌', '浙江', '金华', 'county', '330782']);
  });

  it('a credit code with a wrong check character decides nothing', () => {
    expect(place({ indexNumber: '11330782329949043A/2021-374107' }).city).toBeNull();
  });

  it('a valid credit code from an abolished county (海安县 320621) decides nothing, and says so', () => {
    const p = place({ indexNumber: '113206210140512348/2020-00001' });
    expect(p.city).toBeNull();
    expect(p.basis).toContain('320621');
    expect(p.basis).toContain('不在现行区划代码中');
  });

  it('a code ending in 01 (the old 市辖区) is the city proper', () => {
    expect(where(place({ indexNumber: '11440101006940050B/2022-00001' }))).toEqual(['广州', '广东', null, 'prefecture', '440100']);
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

describe('resolvePlace: ambiguity and bodies', () => {
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

  it('a body with no place', () => {
    const p = place({ body: '一年来，全系统上下齐心协力，守护人民群众健康平安，各项工作取得新成效。' });
    expect(p.city).toBeNull();
    expect(p.basis).toMatch(/^未能确定/);
  });

  it('one mention is not enough', () => {
    expect(place({ body: '选派医护人员驰援武汉市，圆满完成任务。' }).city).toBeNull();
  });

  it('two unrelated places named alike: null, naming both', () => {
    const p = place({ body: '推进健康义乌建设。义乌市医共体改革。推进健康广州建设。广州市医疗高地。' });
    expect(p.city).toBeNull();
    expect(p.basis).toContain('不一致');
  });

  it('通州: ambiguous alone, settled by its prefecture 南通 or by 北京', () => {
    expect(place({ body: '健康通州建设取得成效。通州区医共体。' }).city).toBeNull();
    expect(place({ body: '健康通州建设取得成效，通州区医共体建设列南通市前列。' }).divisionCode).toBe('320612');
    expect(place({ body: '健康通州建设取得成效，通州区服务北京城市副中心建设。' }).divisionCode).toBe('110112');
  });

  it('县域 and 县级 are not county names: 河南县域 is 河南 (the province), not 河南县 in Qinghai', () => {
    expect(place({ body: '全面推进河南县域医共体建设，深化河南县域综合医改。' }).city).toBeNull();
    const p = place({ body: '郑州市深化河南县域医共体建设，推进健康郑州行动，郑州市卫生健康事业稳步发展。' });
    expect(p.divisionCode).toBe('410100');
  });

  it('a district body saying 我区 under its city', () => {
    const p = place({ body: '我区深入推进健康西湖建设。杭州市西湖区卫生健康局牵头，我区基层医疗机构全覆盖，列杭州市前列。' });
    expect(where(p)).toEqual(['西湖', '浙江', '杭州', 'county', '330106']);
    expect(p.basis).toContain('自称“我区”');
  });

  it('the basis quotes the self-reference as written', () => {
    expect(place({ body: '本市推进健康天门建设。天门市医共体。本市基层。' }).basis).toContain('自称“本市”');
  });

  it('本市场 in 资本市场 is not 本市', () => {
    // With 我区 counted and 本市 not, the district wins over its city.
    const body =
      '我区引导社会资本市场化参与医疗服务。落实杭州市卫生健康工作会议和杭州市委部署，' +
      '在杭州市医共体建设中，西湖区列杭州市前列，西湖区基层服务获杭州市表彰。';
    const p = place({ body });
    expect(p.divisionCode).toBe('330106');
  });

  it('a province body saying 我省', () => {
    const p = place({ body: '我省深入实施健康浙江行动，浙江省各地医共体全覆盖。杭州、宁波、温州等地……我省基层就诊率持续提升。' });
    expect(where(p)).toEqual([null, '浙江', null, 'province', '330000']);
  });

  it('institutions named after other places do not count: 浙江大学, 上海岳阳医院', () => {
    const p = place({ body: '与浙江大学医学院附属儿童医院、上海岳阳医院合作。健康海安建设。海安市人民医院。' });
    expect(p.city).toBe('海安');
  });

  it('county names that are common words do not win: 资源 (资源县 under 桂林), 安宁疗护, 幸福安康', () => {
    const guilin = '推动优质健康资源下沉，促进资源配置优化、资源共享和资源整合。桂林市医共体建设稳步推进，桂林市卫生健康工作。';
    expect(place({ body: guilin }).divisionCode).toBe('450300');
    const tianmen = '天门市推进安宁疗护试点，设立安宁疗护病区，开展安宁疗护服务，建成安宁疗护中心，保障人民幸福安康。天门市卫生健康工作。';
    expect(place({ body: tianmen }).divisionCode).toBe('429006');
  });

  it('示范县 is no evidence for 范县', () => {
    const p = place({ body: '创建国家慢性病综合防控示范县，巩固示范县成果，示范县复审通过。天门市医共体建设，天门市基层。' });
    expect(p.divisionCode).toBe('429006');
  });

  it('a two-character county in its slogans: 健康沛县', () => {
    expect(place({ body: '我县深入推进健康沛县建设，“健康沛县”行动成效明显。' }).divisionCode).toBe('320322');
  });

  it('full-width punctuation and CRLF in the body change nothing', () => {
    const p = place({ body: '（一）结合海安实际，推进“健康海安”建设。\r\n（二）海安市妇幼保健院。\r\n' });
    expect(p.divisionCode).toBe('320685');
  });
});

describe('resolvePlace: a county or its prefecture, from the body', () => {
  // A district report: 杭州市 named five times (meetings, awards), 西湖区 three times, and the
  // district speaks of its own government as 区委区政府.
  const district =
    '2023年，在区委区政府的正确领导下，区卫生健康局认真落实杭州市卫生健康工作会议部署。' +
    '西湖区医共体建设列杭州市前列，获杭州市表彰。西湖区基层医疗机构全部达标。' +
    '承办杭州市基层卫生工作现场会，西湖区家庭医生签约率提升。区委区政府将卫生健康纳入考核，杭州市卫健委给予肯定。';

  it('a district report naming its prefecture more often than itself is the district', () => {
    expect(district.split('杭州市').length - 1).toBe(5);
    expect(district.split('西湖区').length - 1).toBe(3);
    const p = place({ body: district });
    expect(where(p)).toEqual(['西湖', '浙江', '杭州', 'county', '330106']);
    expect(p.basis).toContain('称“区委区政府”');
  });

  it('the same district report with only its prefecture named is unknown, not the prefecture', () => {
    const p = place({ body: district.replaceAll('西湖区', '全区') });
    expect(p.divisionCode).toBeNull();
    expect(p.basis).toMatch(/^未能确定：正文称“区委区政府”，但写明的地名（杭州市）都不是区/);
  });

  it('我县 with only the prefecture named: unknown, and the basis says why', () => {
    const body = '我县医共体建设成效明显，获评“健康黄冈”优秀案例，妇幼保健院绩效考核居黄冈市同类医院第一。我县基层服务能力提升，黄冈市重点专科新增2个。';
    const p = place({ body });
    expect(p.divisionCode).toBeNull();
    expect(p.basis).toContain('自称“我县”');
    expect(p.basis).toContain('黄冈市');
  });

  it('`南通市委、市政府` names a place and is no self-reference; `县委、县政府` is one', () => {
    const city = '在南通市委、市政府的领导下，南通市医疗卫生事业稳步发展，推进健康南通建设，南通市基层医疗机构全覆盖。';
    expect(place({ body: city }).divisionCode).toBe('320600');
    const county = '在县委、县政府的领导下，认真落实南通市委、市政府部署，推进健康南通建设，南通市基层医疗机构全覆盖。';
    expect(place({ body: county }).divisionCode).toBeNull();
  });

  it('a prefecture report naming several of its districts is the prefecture', () => {
    const body =
      '我市深入推进健康杭州建设，杭州市医共体建设全面推开。西湖区、上城区、滨江区率先建成紧密型医联体，' +
      '西湖区社区卫生服务中心全部达标，上城区家庭医生签约率居前，滨江区智慧医疗试点。杭州市卫生健康事业稳步发展。';
    const p = place({ body });
    expect(where(p)).toEqual(['杭州', '浙江', null, 'prefecture', '330100']);
    expect(p.basis).toContain('自称“我市”');
  });

  it('without slogans or self-reference, several districts named still point at the prefecture', () => {
    const body = '杭州市医共体建设全面推开。西湖区、上城区率先建成紧密型医联体，西湖区社区卫生服务中心全部达标，上城区家庭医生签约率居前。杭州市卫生健康事业稳步发展，杭州市基层服务能力提升。';
    expect(place({ body }).divisionCode).toBe('330100');
  });

  it('a prefecture and one of its districts, nothing telling which wrote it: unknown', () => {
    const body = '杭州市医共体建设全面推开，杭州市基层服务能力提升。西湖区医联体建设稳步推进，西湖区家庭医生签约率提升。杭州市卫生健康事业稳步发展。';
    const p = place({ body });
    expect(p.divisionCode).toBeNull();
    expect(p.basis).toMatch(/^未能确定：正文提到西湖区（2次）及其上级杭州市（3次）/);
  });

  it('a city report speaking of 县委县政府 as often as of 我市: unknown', () => {
    const body = '我市推进健康黄冈建设，黄冈市医共体建设全面推开。县委县政府落实主体责任，黄冈市基层服务能力提升。';
    const p = place({ body });
    expect(p.divisionCode).toBeNull();
    expect(p.basis).toContain('称“县委县政府”');
  });

  it('a county ranking itself within its prefecture is not the prefecture: `位列温州前列`, `获评温州市…`', () => {
    // A county-level city says 我市 like its prefecture, and names only the prefecture.
    const onlyParent = '我市医共体建设成效明显，无偿献血各项指标位列温州前列。2人获评温州市优秀共产党员，温州市卫生健康工作会议在我市召开。';
    const p = place({ body: onlyParent });
    expect(p.divisionCode).toBeNull();
    expect(p.basis).toContain('“温州前列”');
    expect(p.basis).toContain('把温州市当作上级');
    // Named, though less often than the prefecture, the county is the author.
    const named = `${onlyParent}乐清市基层卫生院全部达标，乐清市家庭医生签约率提升。`;
    expect(place({ body: named }).divisionCode).toBe('330382');
  });

  it('a prefecture ranking itself within its province is still the prefecture', () => {
    const body = '我市推进健康温州建设，温州市医共体建设位列全省前列，温州市基层服务能力提升，居浙江省第一。';
    expect(place({ body }).divisionCode).toBe('330300');
  });

  it('我省 in a city report does not rule the city out', () => {
    const body = '我省率先推进县域医共体建设。天门市医共体建设全面推开，健康天门行动成效明显，天门市基层服务能力提升。';
    expect(place({ body }).divisionCode).toBe('429006');
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

describe('gazetteer', () => {
  it('short names', () => {
    expect(shortNameOf('乐清市')).toBe('乐清');
    expect(shortNameOf('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortNameOf('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(shortNameOf('围场满族蒙古族自治县')).toBe('围场');
    expect(shortNameOf('龙胜各族自治县')).toBe('龙胜');
    expect(shortNameOf('鄂温克族自治旗')).toBe('鄂温克');
    expect(shortNameOf('新疆维吾尔自治区')).toBe('新疆');
    expect(shortNameOf('沙市区')).toBe('沙市');
    expect(shortNameOf('神农架林区')).toBe('神农架');
    expect(shortNameOf('赵县')).toBe('赵县');
  });

  it('a short name that would be another place’s keeps its suffix', () => {
    expect(divisionByCode('430121')?.shortName).toBe('长沙县');
    expect(divisionByCode('220200')?.shortName).toBe('吉林市');
    expect(divisionByCode('632324')?.shortName).toBe('河南县');
    expect(divisionByCode('632500')?.shortName).toBe('海南州');
    expect(divisionByCode('654002')?.shortName).toBe('伊宁市');
  });

  it('pseudo-prefectures are not places; municipal districts belong to the municipality', () => {
    expect(divisionByCode('429000')).toBeUndefined();
    expect(divisionByCode('110100')).toBeUndefined();
    expect(divisionByCode('429006')?.prefectureCode).toBeNull();
    expect(divisionByCode('110105')?.prefectureCode).toBe('110000');
    expect(divisionByCode('500229')?.prefectureCode).toBe('500000');
  });

  it('cities without districts appear once, as prefectures', () => {
    expect(divisionsByFullName('东莞市').map((d) => d.code)).toEqual(['441900']);
    expect(divisionsByFullName('嘉峪关市').map((d) => d.code)).toEqual(['620200']);
  });

  it('collisions are kept, not guessed', () => {
    expect(divisionsByFullName('朝阳区').map((d) => d.code).sort()).toEqual(['110105', '220104']);
    expect(divisionsByShortName('长沙').map((d) => d.code)).toEqual(['430100']);
  });

  it('scanNames reads leftmost-longest and skips given words', () => {
    expect(scanNames('云南县级医院').map((m) => m.name)).toEqual(['云南']);
    expect(scanNames('河南县域医共体').map((m) => m.name)).toEqual(['河南']);
    expect(scanNames('河南县卫生健康局').map((m) => m.name)).toEqual(['河南县']);
    expect(scanNames('推进健康乐清建设', ['健康']).map((m) => m.name)).toEqual(['乐清']);
    // Two-character names are short forms: 范县 in 示范县 is no evidence on its own.
    expect(scanNames('示范县创建').map((m) => [m.name, m.form])).toEqual([['范县', 'short']]);
    expect(scanNames('平安医院', ['平安'])).toEqual([]);
    expect(scanNames('平安区医院', ['平安']).map((m) => m.name)).toEqual(['平安区']);
  });
});
