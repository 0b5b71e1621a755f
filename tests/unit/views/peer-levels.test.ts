import { describe, expect, it } from 'vitest';
import type { PlaceValue } from '../../../src/lib/views/compare.ts';
import { PEER_LEVEL_LABELS, peerGroups, peerLevel } from '../../../src/lib/views/peer-levels.ts';

describe('peerLevel', () => {
  it('reads the level of a place from the gazetteer, telling county-level cities, counties and districts apart', () => {
    const levels = Object.fromEntries(
      ['330000', '110000', '330300', '522600', '330382', '429006', '330521', '152524', '310115', '140311', '429021'].map((c) => [c, peerLevel(c)]),
    );
    expect(levels).toEqual({
      '330000': 'province', // 浙江省
      '110000': 'province', // 北京市
      '330300': 'prefecture', // 温州市
      '522600': 'prefecture', // 黔东南苗族侗族自治州
      '330382': 'county-city', // 乐清市
      '429006': 'county-city', // 天门市 (administered by the province)
      '330521': 'county', // 德清县
      '152524': 'county', // 苏尼特右旗
      '310115': 'district', // 浦东新区
      '140311': 'district', // 阳泉 矿区
      '429021': 'county', // 神农架林区
    });
    expect(peerLevel('339999')).toBeNull();
    expect(Object.values(PEER_LEVEL_LABELS)).toEqual(['省级', '地级', '县级市', '县', '市辖区']);
  });
});

describe('peerGroups', () => {
  const value = (code: string, name: string, province: string, v: number) => ({ place: { code, name, province }, choice: { row: { value: v } } }) as unknown as PlaceValue;
  const groups = peerGroups([
    value('330382', '乐清', '浙江', 90),
    value('330300', '温州', '浙江', 85),
    value('429006', '天门', '湖北', 80),
    value('339999', '某地', '浙江', 75),
    value('330782', '义乌', '浙江', 66),
  ]);

  it('groups values by level from the highest, unknown last, then by province, keeping their order', () => {
    expect(groups.map((g) => [g.label, g.anchor, g.count])).toEqual([
      ['地级', 'peers-prefecture', 1],
      ['县级市', 'peers-county-city', 3],
      ['级别未知', 'peers-unknown', 1],
    ]);
    expect(groups[1].provinces.map((p) => [p.anchor, p.values.map((v) => v.place.name)])).toEqual([
      ['peers-county-city-湖北', ['天门']],
      ['peers-county-city-浙江', ['乐清', '义乌']],
    ]);
  });

  it('puts every value in exactly one group', () => {
    expect(groups.flatMap((g) => g.provinces.flatMap((p) => p.values)).map((v) => v.place.name).sort()).toEqual(['义乌', '乐清', '天门', '温州', '某地'].sort());
  });
});
