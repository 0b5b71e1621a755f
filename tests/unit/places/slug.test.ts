import { describe, expect, it } from 'vitest';
import { citySlug, reportId, type ReportIdInput } from '../../../src/lib/places/slug.ts';

const id = (input: Partial<ReportIdInput>) =>
  reportId({ city: null, province: null, reviewYear: null, planYear: null, kind: 'summary', source: 'seeds/x.txt', ...input });

describe('citySlug', () => {
  it('pinyin without tones, lowercase, one word', () => {
    expect(citySlug('广州')).toBe('guangzhou');
    expect(citySlug('天门')).toBe('tianmen');
    expect(citySlug('乌鲁木齐')).toBe('wulumuqi');
    expect(citySlug('内蒙古')).toBe('neimenggu');
  });

  it('polyphonic place names: pinyin-pro where it knows them', () => {
    expect(citySlug('重庆')).toBe('chongqing');
    expect(citySlug('长沙')).toBe('changsha');
    expect(citySlug('六安')).toBe('luan');
    expect(citySlug('蚌埠')).toBe('bengbu');
  });

  it('polyphonic place names pinyin-pro reads wrong come from content/place-readings.json', () => {
    expect(citySlug('乐清')).toBe('yueqing');
    expect(citySlug('乐亭')).toBe('laoting');
    expect(citySlug('洪洞')).toBe('hongtong');
    expect(citySlug('调兵山')).toBe('diaobingshan');
    // 乐 elsewhere keeps pinyin-pro's reading
    expect(citySlug('乐山')).toBe('leshan');
  });

  it('ü is written v', () => {
    expect(citySlug('吕梁')).toBe('lvliang');
  });

  it('always URL-safe ASCII', () => {
    for (const name of ['乐清', '恩施', '赵县', '沙市', '浦东', '长沙县', '海南州', '井陉矿区']) {
      expect(citySlug(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('reportId', () => {
  it('review + plan: yueqing-2023-2024 (000)', () => {
    expect(id({ city: '乐清', province: '浙江', reviewYear: 2023, planYear: 2024, kind: 'summary+plan' })).toBe('yueqing-2023-2024');
  });

  it('a review: tianmen-2023 (004)', () => {
    expect(id({ city: '天门', province: '湖北', reviewYear: 2023, kind: 'summary' })).toBe('tianmen-2023');
  });

  it('a plan with no year stated: haian-plan-unknown-year (003)', () => {
    expect(id({ city: '海安', province: '江苏', kind: 'plan' })).toBe('haian-plan-unknown-year');
  });

  it('a plan with its year, and missing years in a two-part report', () => {
    expect(id({ city: '海安', kind: 'plan', planYear: 2024 })).toBe('haian-plan-2024');
    expect(id({ city: '义乌', kind: 'summary+plan', reviewYear: 2020 })).toBe('yiwu-2020-plan-unknown-year');
    expect(id({ city: '义乌', kind: 'summary' })).toBe('yiwu-review-unknown-year');
  });

  it('a review and a plan of one city and year differ', () => {
    expect(id({ city: '海安', kind: 'summary', reviewYear: 2024 })).not.toBe(id({ city: '海安', kind: 'plan', planYear: 2024 }));
  });

  it('a provincial authority: the province', () => {
    expect(id({ province: '浙江', reviewYear: 2023 })).toBe('zhejiang-2023');
  });

  it('no place: the source file stem, ASCII and hyphens only', () => {
    expect(id({ source: 'seeds/000_F4176e7e517abf09.txt' })).toBe('000-f4176e7e517abf09');
    expect(id({ source: 'content\\reports\\乐清市２０２３年总结.md' })).toBe('yueqingshi-2023-nianzongjie');
    expect(id({ source: 'content/reports/——.md' })).toBe('report');
  });

  it('is not unique by itself: same city and year, or names read alike, give the same id (the caller adds -2, -3)', () => {
    // 北京市通州区 and 南通市通州区 both have city 通州.
    const beijing = id({ city: '通州', province: '北京', reviewYear: 2023, source: 'a.txt' });
    const nantong = id({ city: '通州', province: '江苏', reviewYear: 2023, source: 'b.txt' });
    expect(beijing).toBe('tongzhou-2023');
    expect(nantong).toBe(beijing);
    // 苏州 and 宿州 read alike.
    expect(id({ city: '苏州', reviewYear: 2023 })).toBe(id({ city: '宿州', reviewYear: 2023 }));
  });

  it('stable: the same input gives the same id', () => {
    const input = { city: '广州', province: '广东', reviewYear: 2021, planYear: 2022, kind: 'summary+plan' as const };
    expect(id(input)).toBe(id({ ...input }));
    expect(id(input)).toBe('guangzhou-2021-2022');
  });
});
