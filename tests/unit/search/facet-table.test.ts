import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFacetTable, FacetTable, FacetTables, type FacetRow } from '../../../src/lib/search/facet-table.ts';
import { FACETS, type Facet, type FilterSelection } from '../../../src/lib/search/facets.ts';

/** Rows with any facet values (several, none, with spaces and commas) and unique ids. */
const value = fc.oneof(fc.constantFrom('乐清市', '浙江', '2024年', '工作计划', '医改', 'a b', 'x,y', ''), fc.string({ maxLength: 4 }));
const filters = fc.record(Object.fromEntries(FACETS.map((f) => [f, fc.uniqueArray(value, { maxLength: 3 })])) as Record<Facet, fc.Arbitrary<string[]>>, {
  requiredKeys: [],
});
const rowsOf = (prefix: string) =>
  fc.array(filters, { maxLength: 30 }).map((list): FacetRow[] => list.map((f, i) => ({ id: `${prefix}_${i.toString(16)}`, filters: f })));

describe('facet table', () => {
  it('gives back every record’s values, in order, after JSON (as shipped)', () => {
    fc.assert(
      fc.property(rowsOf('und'), (rows) => {
        const table = new FacetTable(JSON.parse(JSON.stringify(encodeFacetTable(rows))));
        expect(table.ids).toEqual(rows.map((r) => r.id));
        rows.forEach((row, r) => {
          for (const facet of FACETS) expect(table.valuesOf(r, facet)).toEqual(row.filters[facet] ?? []);
        });
      }),
    );
  });

  it('lists each value once and codes records by it', () => {
    const rows: FacetRow[] = [
      { id: 'und_a', filters: { city: ['乐清市'], topic: ['医改', '托育'] } },
      { id: 'und_b', filters: { city: ['乐清市'], topic: ['托育'] } },
      { id: 'und_c', filters: { city: ['义乌市'] } },
    ];
    const file = encodeFacetTable(rows);
    expect(file.values.city).toEqual(['乐清市', '义乌市']);
    expect(file.codes.city).toBe('0 0 1');
    expect(file.codes.topic).toBe('0,1 1 ');
    expect(file.codes.year).toBe('  ');
  });

  it('encodes a shard without records and refuses ids a list cannot hold', () => {
    expect(new FacetTable(encodeFacetTable([])).ids).toEqual([]);
    expect(() => encodeFacetTable([{ id: 'und a', filters: {} }])).toThrow(/result id/);
    expect(() => encodeFacetTable([{ id: '', filters: {} }])).toThrow(/result id/);
  });

  it('refuses a table whose columns do not match its ids', () => {
    const file = encodeFacetTable([{ id: 'und_a', filters: { city: ['乐清市'] } }]);
    expect(() => new FacetTable({ ...file, codes: { ...file.codes, city: '0 0' } })).toThrow(/city/);
    expect(() => new FacetTable({ ...file, codes: { ...file.codes, city: '1' } })).toThrow(/code without a value/);
  });
});

describe('facet tables of several shards', () => {
  const shards = fc.tuple(rowsOf('und_0'), rowsOf('und_1'), rowsOf('und_2'));

  it('filter and count by the values of the records with the given ids, wherever they are', () => {
    fc.assert(
      fc.property(shards, fc.infiniteStream(fc.boolean()), fc.record({ city: value, topic: value }, { requiredKeys: [] }), (lists, picks, chosen: FilterSelection) => {
        const tables = new FacetTables(lists.map((rows) => new FacetTable(encodeFacetTable(rows))));
        const all = lists.flat();
        expect(tables.size).toBe(all.length);
        const iterator = picks[Symbol.iterator]();
        const picked = all.filter(() => iterator.next().value);
        for (const facet of FACETS) {
          const counts: Record<string, number> = {};
          for (const row of picked) for (const v of row.filters[facet] ?? []) counts[v] = (counts[v] ?? 0) + 1;
          expect(tables.tally(picked.map((r) => r.id), facet)).toEqual(counts);
        }
        for (const row of all) {
          const has = Object.entries(chosen).every(([f, v]) => row.filters[f as Facet]?.includes(v as string) ?? false);
          expect(tables.passes(row.id, chosen)).toBe(has);
        }
      }),
    );
  });

  it('refuses an id found in two shards, and an id found in none', () => {
    const one = new FacetTable(encodeFacetTable([{ id: 'und_a', filters: {} }]));
    expect(() => new FacetTables([one, one])).toThrow(/two shards/);
    expect(() => new FacetTables([one]).valuesOf('und_b', 'city')).toThrow(/no record/);
  });
});
