/**
 * Which source a correction file corrects: the one with its name, the source stem. The stem is the
 * same wherever a source is named by it: correction files, and the id of a report without a place.
 */
import { describe, expect, it } from 'vitest';
import { matchCorrections } from '../../../../src/lib/editorial/corrections/index.ts';
import { sourceStem } from '../../../../src/lib/model/source.ts';
import { reportId } from '../../../../src/lib/places/index.ts';
import { errorOf, FILE, SOURCE } from './fixtures.ts';

describe('matchCorrections', () => {
  it('a correction file for a source that does not exist', () => {
    expect(errorOf(() => matchCorrections(['content/corrections/999_x.yaml'], [SOURCE]))).toBe(
      'content/corrections/999_x.yaml: 没有名为 999_x 的报告源文件（应有 999_x.txt 或 999_x.md）。更正文件须与所更正的报告源文件同名，请核对文件名',
    );
    expect(matchCorrections([FILE], [SOURCE, 'content/reports/a.md'])).toEqual(new Map([[SOURCE, FILE]]));
  });

  it('two sources with one name, which no correction file could tell apart', () => {
    expect(errorOf(() => matchCorrections([], ['content/reports/x.md', 'seeds/x.txt']))).toBe(
      'seeds/x.txt: 与 content/reports/x.md 同名，更正文件无法区分两者。请给其中一个改名',
    );
  });
});

describe('the source stem', () => {
  const sources = ['seeds/x.txt', 'seeds/000_f4176e7e517abf09.txt', 'content/reports/tianmen-2023.md', 'x.txt', 'a\\b\\c.md'];

  it('is the file name without folder and extension', () => {
    expect(sources.map(sourceStem)).toEqual(['x', '000_f4176e7e517abf09', 'tianmen-2023', 'x', 'c']);
  });

  it('names the correction file of a source', () => {
    for (const source of sources) {
      const file = `content/corrections/${sourceStem(source)}.yaml`;
      expect(matchCorrections([file], [source]), source).toEqual(new Map([[source, file]]));
    }
    expect(matchCorrections(['content/corrections/x.yaml'], ['seeds/x.txt', 'seeds/y.txt'])).toEqual(new Map([['seeds/x.txt', 'content/corrections/x.yaml']]));
  });

  it('is the id of a report without a place', () => {
    const noPlace = { city: null, province: null, reviewYear: 2023, planYear: null, kind: 'summary' as const };
    expect(reportId({ ...noPlace, source: 'seeds/x.txt' })).toBe('x');
    expect(reportId({ ...noPlace, source: 'seeds/000_f4176e7e517abf09.txt' })).toBe('000-f4176e7e517abf09');
    // Same stem, same id, whichever folder the source is in: the caller numbers the later one.
    for (const source of sources) expect(reportId({ ...noPlace, source }), source).toBe(reportId({ ...noPlace, source: `seeds/${sourceStem(source)}.txt` }));
  });
});
