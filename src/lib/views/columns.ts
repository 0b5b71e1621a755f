/**
 * The columns of a data download, declared once: each column's stable English key (the JSON key,
 * and the CSV header's documented mapping), its Chinese CSV header, its type and what it holds. The
 * CSV (`csvOf`), the JSON (`jsonOf`) and the data dictionary of /data/ are all read off the same
 * declaration, so a file and its documentation cannot disagree.
 *
 * CSVs carry the Chinese headers only (one header line, so spreadsheet and CSV tools read them as
 * they are); the dictionary on /data/ maps each Chinese header to its English key.
 */
import { csvHead, csvLine, toCsv, type CsvValue } from './csv.ts';

/** What a column holds, in the dictionary's words. */
export type ColumnType = '文字' | '数值' | '整数' | '网址';

/** One column of a download. */
export interface Column<R> {
  /** Stable English key: the JSON key, never renamed. */
  key: string;
  /** Chinese header of the CSV. */
  header: string;
  type: ColumnType;
  /** What the column holds and when it is empty, in Chinese, for the dictionary. */
  description: string;
  /** The cell of a record: null is an empty CSV field and a JSON null. */
  cell: (record: R) => CsvValue;
}

/** A column that is a field of the record under its own key. */
export function field<R, K extends keyof R & string>(key: K, header: string, type: ColumnType, description: string): Column<R> {
  return { key, header, type, description, cell: (r) => r[key] as CsvValue };
}

/** The CSV: the Chinese headers, then one line per record. */
export function csvOf<R>(columns: readonly Column<R>[], records: readonly R[]): string {
  return toCsv(
    columns.map((c) => c.header),
    records.map((r) => columns.map((c) => c.cell(r))),
  );
}

/** Records per piece of a download made in pieces. */
const PIECE = 1000;

/**
 * `csvOf` in pieces of `size` records (joined, they are the same file), so that a large download is
 * never one string nor one array of cells.
 */
export function* csvPieces<R>(columns: readonly Column<R>[], records: readonly R[], size = PIECE): Generator<string> {
  yield csvHead(columns.map((c) => c.header));
  for (let i = 0; i < records.length; i += size) {
    yield records
      .slice(i, i + size)
      .map((r) => csvLine(columns.map((c) => c.cell(r))))
      .join('');
  }
}

/**
 * `JSON.stringify(jsonOf(columns, records), null, 1)` in pieces of `size` records (joined, they are
 * the same text), so that a large download is never one string nor one array of objects.
 */
export function* jsonPieces<R>(columns: readonly Column<R>[], records: readonly R[], size = PIECE): Generator<string> {
  if (records.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < records.length; i += size) {
    // Each piece without its own brackets, `[\n` and `\n]`; the elements keep their indentation.
    yield (i === 0 ? '[\n' : ',\n') + JSON.stringify(jsonOf(columns, records.slice(i, i + size)), null, 1).slice(2, -2);
  }
  yield '\n]';
}

/** The JSON records: each column's cell under its key, in column order. */
export function jsonOf<R>(columns: readonly Column<R>[], records: readonly R[]): Record<string, CsvValue>[] {
  return records.map((r) => Object.fromEntries(columns.map((c) => [c.key, c.cell(r)])));
}
