/**
 * Facet tables: each index shard ships, next to its Pagefind files, every record's facet values
 * keyed by the record's Pagefind result id (its fragment hash), so the browser counts and filters
 * any query's results by facet from the ids Pagefind returns, with no request per facet value and
 * no Pagefind filter index. Written at build time (src/integrations/search-shard.ts), read in the
 * browser (src/scripts/search/engine.ts); this module is pure and runs on both sides.
 *
 * The file is small because values are codes: per facet, the shard's values once, then per record
 * the codes of its values in base 36 (a record may have several, e.g. topics, or none). Records of
 * one report share their city, province and often year and kind, so the columns repeat and gzip
 * well.
 */
import { FACETS, type Facet, type FilterSelection } from './facets.ts';

/** A facet table as written: JSON, gzipped in the bundle. */
export interface FacetTableFile {
  /** The records' Pagefind result ids, in record order, separated by spaces. */
  ids: string;
  /** Per facet, the values its codes stand for. */
  values: Record<Facet, string[]>;
  /** Per facet, per record (in the order of `ids`, separated by spaces) its codes separated by commas. */
  codes: Record<Facet, string>;
}

/** One record of a shard for its table: its result id and its facet values. */
export interface FacetRow {
  id: string;
  filters: Partial<Record<Facet, string[]>>;
}

/** The table of a shard's records, in record order. */
export function encodeFacetTable(rows: readonly FacetRow[]): FacetTableFile {
  const values = {} as Record<Facet, string[]>;
  const codes = {} as Record<Facet, string>;
  for (const facet of FACETS) {
    const codeOf = new Map<string, number>();
    const column = rows.map((row) =>
      (row.filters[facet] ?? [])
        .map((value) => {
          if (!codeOf.has(value)) codeOf.set(value, codeOf.size);
          return codeOf.get(value)!.toString(36);
        })
        .join(','),
    );
    values[facet] = [...codeOf.keys()];
    codes[facet] = column.join(' ');
  }
  for (const row of rows) if (!row.id || /\s/.test(row.id)) throw new Error(`facet table: bad result id ${JSON.stringify(row.id)}`);
  return { ids: rows.map((r) => r.id).join(' '), values, codes };
}

/** One shard's table, decoded: per facet, each record's codes in one flat array. */
export class FacetTable {
  readonly ids: string[];
  readonly values: Record<Facet, string[]>;
  /** Per facet: record r's codes are `codes[starts[r]]` up to `codes[starts[r + 1]]`. */
  private readonly columns: Record<Facet, { starts: Uint32Array; codes: Uint32Array }>;
  /** Per facet, value → code. */
  private readonly codeOf: Record<Facet, Map<string, number>>;

  constructor(file: FacetTableFile) {
    this.ids = file.ids === '' ? [] : file.ids.split(' ');
    this.values = file.values;
    const n = this.ids.length;
    this.columns = {} as FacetTable['columns'];
    this.codeOf = {} as FacetTable['codeOf'];
    for (const facet of FACETS) {
      // With no records the column is '' and splits into one empty cell, which is not a record.
      const cells = n === 0 ? [] : file.codes[facet].split(' ');
      if (cells.length !== n) throw new Error(`facet table: ${facet} has ${cells.length} records, ids ${n}`);
      const starts = new Uint32Array(n + 1);
      const flat: number[] = [];
      cells.forEach((cell, r) => {
        if (cell !== '') for (const code of cell.split(',')) flat.push(parseInt(code, 36));
        starts[r + 1] = flat.length;
      });
      if (flat.some((c) => !(c < file.values[facet].length))) throw new Error(`facet table: ${facet} has a code without a value`);
      this.columns[facet] = { starts, codes: Uint32Array.from(flat) };
      this.codeOf[facet] = new Map(file.values[facet].map((v, c) => [v, c]));
    }
  }

  /** The codes of record `row`'s values of `facet`. */
  codesOf(row: number, facet: Facet): Uint32Array {
    const { starts, codes } = this.columns[facet];
    return codes.subarray(starts[row], starts[row + 1]);
  }

  /** Record `row`'s values of `facet`. */
  valuesOf(row: number, facet: Facet): string[] {
    return [...this.codesOf(row, facet)].map((c) => this.values[facet][c]);
  }

  /** Whether record `row` has every chosen value. */
  passes(row: number, chosen: FilterSelection): boolean {
    return FACETS.every((facet) => {
      const value = chosen[facet];
      if (value === undefined) return true;
      const code = this.codeOf[facet].get(value);
      return code !== undefined && this.codesOf(row, facet).includes(code);
    });
  }
}

/** The tables of every shard, looked up by result id. */
export class FacetTables {
  private readonly rows = new Map<string, { table: FacetTable; row: number }>();

  constructor(tables: readonly FacetTable[]) {
    for (const table of tables) {
      table.ids.forEach((id, row) => {
        // Ids are unique across shards (the build checks, src/integrations/pagefind.ts).
        if (this.rows.has(id)) throw new Error(`facet tables: result id ${id} is in two shards`);
        this.rows.set(id, { table, row });
      });
    }
  }

  get size(): number {
    return this.rows.size;
  }

  private at(id: string): { table: FacetTable; row: number } {
    const at = this.rows.get(id);
    if (!at) throw new Error(`facet tables: no record has result id ${id}`);
    return at;
  }

  /** The record's values of `facet`. */
  valuesOf(id: string, facet: Facet): string[] {
    const { table, row } = this.at(id);
    return table.valuesOf(row, facet);
  }

  /** Whether the record has every chosen value. */
  passes(id: string, chosen: FilterSelection): boolean {
    const { table, row } = this.at(id);
    return table.passes(row, chosen);
  }

  /** Per value of `facet`, how many of the records have it. */
  tally(ids: Iterable<string>, facet: Facet): Record<string, number> {
    // Counted by code per table, named once at the end: no string per record.
    const perTable = new Map<FacetTable, Map<number, number>>();
    for (const id of ids) {
      const { table, row } = this.at(id);
      let counts = perTable.get(table);
      if (!counts) perTable.set(table, (counts = new Map()));
      for (const code of table.codesOf(row, facet)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const out: Record<string, number> = {};
    for (const [table, counts] of perTable) {
      for (const [code, n] of counts) {
        const value = table.values[facet][code];
        out[value] = (out[value] ?? 0) + n;
      }
    }
    return out;
  }
}
