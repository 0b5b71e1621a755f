/**
 * Which correction file corrects which source: they share a name (`sourceStem`).
 */
import { ReportError, sourceStem } from '../../model/index.ts';

/**
 * Which source each correction file corrects: `content/corrections/<name>.yaml` corrects the
 * source named `<name>.txt` or `<name>.md`. A correction file for no source, or two sources
 * with one name, is an error. Returns correction file by source file.
 */
export function matchCorrections(correctionFiles: readonly string[], sourceFiles: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const source of sourceFiles) {
    const other = sources.get(sourceStem(source));
    if (other) throw new ReportError(source, null, `与 ${other} 同名，更正文件无法区分两者`, '请给其中一个改名');
    sources.set(sourceStem(source), source);
  }
  const matched = new Map<string, string>();
  for (const file of correctionFiles) {
    const source = sources.get(sourceStem(file));
    if (!source) {
      throw new ReportError(
        file,
        null,
        `没有名为 ${sourceStem(file)} 的报告源文件（应有 ${sourceStem(file)}.txt 或 ${sourceStem(file)}.md）`,
        '更正文件须与所更正的报告源文件同名，请核对文件名',
      );
    }
    matched.set(source, file);
  }
  return matched;
}
