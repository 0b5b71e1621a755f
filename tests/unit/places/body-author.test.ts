import { describe, expect, it } from 'vitest';
import { bodyFinding } from '../../../src/lib/places/body-author.ts';
import { readBodyNames } from '../../../src/lib/places/body-reading.ts';
import { allDivisions, type Division, divisionsByFullName, lineage } from '../../../src/lib/places/gazetteer.ts';

/** What the body alone says: at most one candidate, and why. */
const author = (body: string) => bodyFinding(readBodyNames(body));
/** The division code the body decides, or null. */
const code = (body: string) => {
  const { candidates } = author(body);
  return candidates.length === 1 ? candidates[0].code : null;
};

describe('bodyFinding: which place a body is about', () => {
  it('a body with no place', () => {
    const f = author('一年来，全系统上下齐心协力，守护人民群众健康平安，各项工作取得新成效。');
    expect(f.candidates).toEqual([]);
    expect(f.basis).toBe('标题、发布机构、索引号和正文均未指明地名');
  });

  it('one mention is not enough', () => {
    const f = author('选派医护人员驰援武汉市，圆满完成任务。');
    expect(f.candidates).toEqual([]);
    expect(f.basis).toBe('正文只提到一次“武汉市”，不足以判断');
  });

  it('two unrelated places named alike: nothing, naming both', () => {
    const f = author('推进健康义乌建设。义乌市医共体改革。推进健康广州建设。广州市医疗高地。');
    expect(f.candidates).toEqual([]);
    expect(f.basis).toContain('不一致');
  });

  it('通州: ambiguous alone, settled by its prefecture 南通 or by 北京', () => {
    const alone = author('健康通州建设取得成效。通州区医共体。');
    expect(alone.candidates).toEqual([]);
    expect(alone.basis).toBe('正文中的“通州”“通州区”可指多个行政区');
    expect(code('健康通州建设取得成效，通州区医共体建设列南通市前列。')).toBe('320612');
    expect(code('健康通州建设取得成效，通州区服务北京城市副中心建设。')).toBe('110112');
  });

  it('县域 and 县级 are not county names: 河南县域 is 河南 (the province), not 河南县 in Qinghai', () => {
    expect(code('全面推进河南县域医共体建设，深化河南县域综合医改。')).toBeNull();
    expect(code('郑州市深化河南县域医共体建设，推进健康郑州行动，郑州市卫生健康事业稳步发展。')).toBe('410100');
  });

  it('a district body saying 我区 under its city', () => {
    const f = author('我区深入推进健康西湖建设。杭州市西湖区卫生健康局牵头，我区基层医疗机构全覆盖，列杭州市前列。');
    expect(f.candidates.map((d) => d.code)).toEqual(['330106']);
    expect(f.basis).toContain('自称“我区”');
  });

  it('the basis quotes the self-reference as written', () => {
    expect(author('本市推进健康天门建设。天门市医共体。本市基层。').basis).toContain('自称“本市”');
  });

  it('本市场 in 资本市场 is not 本市', () => {
    // With 我区 counted and 本市 not, the district wins over its city.
    const body =
      '我区引导社会资本市场化参与医疗服务。落实杭州市卫生健康工作会议和杭州市委部署，' +
      '在杭州市医共体建设中，西湖区列杭州市前列，西湖区基层服务获杭州市表彰。';
    expect(code(body)).toBe('330106');
  });

  it('a province body saying 我省', () => {
    expect(code('我省深入实施健康浙江行动，浙江省各地医共体全覆盖。杭州、宁波、温州等地……我省基层就诊率持续提升。')).toBe('330000');
  });

  it('a province named often without 我省 is not the author', () => {
    expect(code('浙江省医共体建设。浙江省基层卫生。推进健康浙江行动。')).toBeNull();
  });

  it('institutions named after other places do not count: 浙江大学, 上海岳阳医院', () => {
    expect(code('与浙江大学医学院附属儿童医院、上海岳阳医院合作。健康海安建设。海安市人民医院。')).toBe('320685');
  });

  it('county names that are common words do not win: 资源 (资源县 under 桂林), 安宁疗护, 幸福安康', () => {
    const guilin = '推动优质健康资源下沉，促进资源配置优化、资源共享和资源整合。桂林市医共体建设稳步推进，桂林市卫生健康工作。';
    expect(code(guilin)).toBe('450300');
    const tianmen = '天门市推进安宁疗护试点，设立安宁疗护病区，开展安宁疗护服务，建成安宁疗护中心，保障人民幸福安康。天门市卫生健康工作。';
    expect(code(tianmen)).toBe('429006');
  });

  it('示范县 is no evidence for 范县', () => {
    expect(code('创建国家慢性病综合防控示范县，巩固示范县成果，示范县复审通过。天门市医共体建设，天门市基层。')).toBe('429006');
  });

  it('a two-character county in its slogans: 健康沛县', () => {
    expect(code('我县深入推进健康沛县建设，“健康沛县”行动成效明显。')).toBe('320322');
  });

  it('full-width punctuation and CRLF in the body change nothing', () => {
    expect(code('（一）结合海安实际，推进“健康海安”建设。\r\n（二）海安市妇幼保健院。\r\n')).toBe('320685');
  });

  it('the basis quotes the phrases and counts the place and its prefecture', () => {
    const f = author('结合海安实际，推进“健康海安”建设，海安市医共体。南通市卫生健康工作会议。');
    expect(f.basis).toBe('正文“健康海安”“结合海安实际”等（海安出现3次，上级南通1次）');
  });
});

describe('bodyFinding: a county or its prefecture', () => {
  // A district report: 杭州市 named five times (meetings, awards), 西湖区 three times, and the
  // district speaks of its own government as 区委区政府.
  const district =
    '2023年，在区委区政府的正确领导下，区卫生健康局认真落实杭州市卫生健康工作会议部署。' +
    '西湖区医共体建设列杭州市前列，获杭州市表彰。西湖区基层医疗机构全部达标。' +
    '承办杭州市基层卫生工作现场会，西湖区家庭医生签约率提升。区委区政府将卫生健康纳入考核，杭州市卫健委给予肯定。';

  it('a district report naming its prefecture more often than itself is the district', () => {
    expect(district.split('杭州市').length - 1).toBe(5);
    expect(district.split('西湖区').length - 1).toBe(3);
    const f = author(district);
    expect(f.candidates.map((d) => d.code)).toEqual(['330106']);
    expect(f.basis).toContain('称“区委区政府”');
  });

  it('the same district report with only its prefecture named is unknown, not the prefecture', () => {
    const f = author(district.replaceAll('西湖区', '全区'));
    expect(f.candidates).toEqual([]);
    expect(f.basis).toMatch(/^正文称“区委区政府”，但写明的地名（杭州市）都不是区/);
  });

  it('我县 with only the prefecture named: unknown, and the basis says why', () => {
    const body = '我县医共体建设成效明显，获评“健康黄冈”优秀案例，妇幼保健院绩效考核居黄冈市同类医院第一。我县基层服务能力提升，黄冈市重点专科新增2个。';
    const f = author(body);
    expect(f.candidates).toEqual([]);
    expect(f.basis).toContain('自称“我县”');
    expect(f.basis).toContain('黄冈市');
  });

  it('`南通市委、市政府` names a place and is no self-reference; `县委、县政府` is one', () => {
    const city = '在南通市委、市政府的领导下，南通市医疗卫生事业稳步发展，推进健康南通建设，南通市基层医疗机构全覆盖。';
    expect(code(city)).toBe('320600');
    const county = '在县委、县政府的领导下，认真落实南通市委、市政府部署，推进健康南通建设，南通市基层医疗机构全覆盖。';
    expect(code(county)).toBeNull();
  });

  it('a prefecture report naming several of its districts is the prefecture', () => {
    const body =
      '我市深入推进健康杭州建设，杭州市医共体建设全面推开。西湖区、上城区、滨江区率先建成紧密型医联体，' +
      '西湖区社区卫生服务中心全部达标，上城区家庭医生签约率居前，滨江区智慧医疗试点。杭州市卫生健康事业稳步发展。';
    const f = author(body);
    expect(f.candidates.map((d) => d.code)).toEqual(['330100']);
    expect(f.basis).toContain('自称“我市”');
  });

  it('without slogans or self-reference, several districts named still point at the prefecture', () => {
    const body = '杭州市医共体建设全面推开。西湖区、上城区率先建成紧密型医联体，西湖区社区卫生服务中心全部达标，上城区家庭医生签约率居前。杭州市卫生健康事业稳步发展，杭州市基层服务能力提升。';
    expect(code(body)).toBe('330100');
  });

  it('a prefecture and one of its districts, nothing telling which wrote it: unknown', () => {
    const body = '杭州市医共体建设全面推开，杭州市基层服务能力提升。西湖区医联体建设稳步推进，西湖区家庭医生签约率提升。杭州市卫生健康事业稳步发展。';
    const f = author(body);
    expect(f.candidates).toEqual([]);
    expect(f.basis).toMatch(/^正文提到西湖区（2次）及其上级杭州市（3次）/);
  });

  it('a city report speaking of 县委县政府 as often as of 我市: unknown', () => {
    const body = '我市推进健康黄冈建设，黄冈市医共体建设全面推开。县委县政府落实主体责任，黄冈市基层服务能力提升。';
    const f = author(body);
    expect(f.candidates).toEqual([]);
    expect(f.basis).toContain('称“县委县政府”');
  });

  it('a county ranking itself within its prefecture is not the prefecture: `位列温州前列`, `获评温州市…`', () => {
    // A county-level city says 我市 like its prefecture, and names only the prefecture.
    const onlyParent = '我市医共体建设成效明显，无偿献血各项指标位列温州前列。2人获评温州市优秀共产党员，温州市卫生健康工作会议在我市召开。';
    const f = author(onlyParent);
    expect(f.candidates).toEqual([]);
    expect(f.basis).toContain('“温州前列”');
    expect(f.basis).toContain('把温州市当作上级');
    // Named, though less often than the prefecture, the county is the author.
    const named = `${onlyParent}乐清市基层卫生院全部达标，乐清市家庭医生签约率提升。`;
    expect(code(named)).toBe('330382');
  });

  it('a prefecture ranking itself within its province is still the prefecture', () => {
    expect(code('我市推进健康温州建设，温州市医共体建设位列全省前列，温州市基层服务能力提升，居浙江省第一。')).toBe('330300');
  });

  it('我省 in a city report does not rule the city out', () => {
    expect(code('我省率先推进县域医共体建设。天门市医共体建设全面推开，健康天门行动成效明显，天门市基层服务能力提升。')).toBe('429006');
  });
});

describe('bodyFinding on every division of the gazetteer', () => {
  it('a body about any place is about it or about nothing, never another place', () => {
    const divisions = allDivisions().filter((d) => !d.zone);
    const outcomes = divisions.map((d) => {
      const body = `今年以来，推进健康${d.shortName}建设。${d.name}医共体改革稳步推进，${d.name}基层服务能力提升。`;
      return { d, code: code(body) };
    });
    expect(outcomes.filter(({ d, code }) => code !== null && code !== d.code).map(({ d }) => d.name)).toEqual([]);
    // Unknown only where the name itself is ambiguous (朝阳区) or a province speaks without 我省.
    const unknown = outcomes.filter(({ code }) => code === null).map(({ d }) => d);
    expect(unknown.filter((d) => d.level !== 'province' && divisionsByFullName(d.name).length === 1).map((d) => d.name)).toEqual([]);
  });
});

describe('bodyFinding: every county-level division naming its prefecture more often than itself', () => {
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
      .flatMap((d) => ['', `${government(d)}委${government(d)}政府`].map((self) => ({ d, f: author(body(d, self)) })))
      .filter(({ d, f }) => f.candidates.length === 1 && f.candidates[0].code !== d.code)
      .map(({ d, f }) => `${d.name} ${d.code} → ${f.candidates[0].name} ${f.basis}`);
    expect(wrong).toEqual([]);
  });

  it('is the county when the body speaks of its own government (`县委县政府`) and the name is unique', () => {
    // `市委市政府` does not tell a county-level city from its prefecture, nor `区委区政府` a district from
    // its 地区; two-character names (`赵县`) may be words, so they are never taken from a body on their own.
    const unresolved = counties
      .filter((d) => d.name.length > 2 && divisionsByFullName(d.name).length === 1 && ['县', '区', '旗'].includes(d.name.slice(-1)))
      .filter((d) => !lineage(d)[1].name.endsWith(d.name.slice(-1)))
      .filter((d) => code(body(d, `在${d.name.slice(-1)}委${d.name.slice(-1)}政府领导下，`)) !== d.code)
      .map((d) => d.name);
    expect(unresolved).toEqual([]);
  });
});
