/**
 * The one error type the parsing library throws on bad input.
 *
 * Every message names the file, the line where known, what is wrong and what
 * to do about it, so an editor can act on it without reading code.
 */
export class ReportError extends Error {
  /** Source file as given to the parser (e.g. `seeds/003_….txt`). */
  readonly file: string;
  /** 1-based line in that file, or null when the problem is the whole file. */
  readonly line: number | null;
  /** What the editor should do, in Chinese. */
  readonly hint: string;

  constructor(file: string, line: number | null, problem: string, hint: string) {
    const where = line === null ? file : `${file}:${line}`;
    super(`${where}: ${problem}。${hint}`);
    this.name = 'ReportError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}
