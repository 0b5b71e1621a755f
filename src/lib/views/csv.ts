/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), prefixed with a UTF-8 byte-order mark so Excel reads Chinese correctly.
 */

/** A cell: null becomes an empty field. */
export type CsvValue = string | number | null;

const BOM = '\uFEFF';

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of the file, CRLF included. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

/** The start of the file: BOM and header line. */
export function csvHead(header: readonly string[]): string {
  return BOM + csvLine(header);
}

/** The whole file: BOM, header line, one line per record, each line ending in CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly CsvValue[])[]): string {
  return csvHead(header) + records.map(csvLine).join('');
}
