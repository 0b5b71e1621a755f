import { describe, expect, it } from 'vitest';
import { ancestorSupport, readBodyNames, selfKind, selfWording } from '../../../src/lib/places/body-reading.ts';
import { divisionByCode } from '../../../src/lib/places/gazetteer.ts';

const division = (code: string) => divisionByCode(code)!;
const tally = (body: string, code: string) => readBodyNames(body).tallies.get(division(code));
const selfKinds = (body: string) => Object.fromEntries(readBodyNames(body).selfKinds);

describe('readBodyNames: mentions', () => {
  it('slogans and 结合X实际 make the place the subject, quoted first; institutions are seen but not counted', () => {
    const body = '推进健康海安建设，结合海安实际。海安市人民医院。南通卫生高职校海安校区。';
    const haian = tally(body, '320685')!;
    expect(haian).toMatchObject({ subject: 2, raw: 4, counted: 4, named: 3, written: 1 });
    expect(haian.quotes).toEqual(['结合海安实际', '健康海安', '海安市']);
    // Two subjects (3 each), one full name (2), one plain short name (1).
    expect(haian.self).toBe(3 + 3 + 2 + 1);
    expect(tally(body, '320600')).toMatchObject({ raw: 1, counted: 0, self: 0, named: 0 });
  });

  it('a bare short name counts, but does not make the place credible (named stays 0)', () => {
    expect(tally('桂林医共体建设，桂林基层。', '450300')).toMatchObject({ raw: 2, counted: 2, named: 0, self: 2 });
  });

  it('a meeting held in a place (在X召开) is a venue: seen, not counted', () => {
    expect(tally('全区卫生健康工作会议在呼和浩特市召开。', '150100')).toMatchObject({ raw: 1, counted: 0, self: 0 });
    expect(tally('呼和浩特市完成诊疗人次520万。', '150100')).toMatchObject({ raw: 1, counted: 1 });
  });

  it('X地区 is an area mention, quoted', () => {
    const t = tally('温州地区医疗资源。', '330300')!;
    expect(t).toMatchObject({ named: 1, self: 2 });
    expect(t.quotes).toEqual(['温州地区']);
  });

  it('a slogan must end with the slogan: 健康资源下沉 is not about 资源县', () => {
    expect(tally('推动优质健康资源下沉。', '450329')).toMatchObject({ subject: 0, named: 0 });
  });

  it('phrases ranking the author within a place, or taking an award from it, are kept', () => {
    const t = tally('无偿献血各项指标位列温州前列。2人获评温州市优秀共产党员。', '330300')!;
    expect(t.ranked).toEqual(['温州前列', '获评温州市优秀共产']);
  });

  it('an ambiguous name stays ambiguous unless something else in the body supports one of its places', () => {
    const alone = readBodyNames('健康通州建设取得成效。通州区医共体。');
    expect(alone.tallies.size).toBe(0);
    expect(Object.fromEntries(alone.ambiguous)).toEqual({ 通州: 1, 通州区: 1 });
    const supported = readBodyNames('健康通州建设取得成效，通州区医共体建设列南通市前列。');
    expect(supported.ambiguous.size).toBe(0);
    expect(supported.tallies.get(division('320612'))).toMatchObject({ raw: 2, subject: 1 });
  });
});

describe('readBodyNames: how the body speaks of itself', () => {
  it('我X, 本X and X委X政府, the pronoun preferred as the wording', () => {
    expect(selfKinds('区委区政府高度重视，我区推进。')).toEqual({ 区: '我区' });
    expect(selfKinds('本市推进。市委市政府部署。本市。')).toEqual({ 市: '本市' });
    expect(selfKinds('在县委、县政府的领导下。')).toEqual({ 县: '县委、县政府' });
  });

  it('本区域, 资本市场 and a named government (南通市委、市政府) are no self-reference', () => {
    expect(selfKinds('本区域内，社会资本市场化参与。在南通市委、市政府领导下。')).toEqual({});
  });

  it('only kinds used at least half as often as the commonest', () => {
    expect(selfKinds('我市。我市。我市。县委县政府。')).toEqual({ 市: '我市' });
    expect(selfKinds('我市。我市。县委县政府。')).toEqual({ 市: '我市', 县: '县委县政府' });
  });
});

describe('selfKind and selfWording', () => {
  it('the kind of division an authority calls itself', () => {
    const kinds = ['330382', '130133', '110105', '422800', '110000', '330000', '450000', '652900', '152900'].map((c) => selfKind(division(c)));
    expect(kinds).toEqual(['市', '县', '区', '州', '市', '省', '区', '区', '区']);
  });

  it('a pronoun is 自称, a government 称', () => {
    expect(selfWording('我区')).toBe('自称“我区”');
    expect(selfWording('本县')).toBe('自称“本县”');
    expect(selfWording('区委区政府')).toBe('称“区委区政府”');
  });
});

describe('ancestorSupport', () => {
  it('the most mentioned ancestor of a division, with its count', () => {
    const reading = readBodyNames('落实北京市部署，服务首都北京发展大局。');
    expect(ancestorSupport(division('110105'), reading)).toEqual({ name: '北京', count: 2 });
    expect(ancestorSupport(division('220104'), reading).count).toBe(0);
    expect(ancestorSupport(division('330000'), reading)).toEqual({ name: '', count: 0 });
  });
});
