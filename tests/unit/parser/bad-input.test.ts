/** Input that is not a report text fails with a ReportError naming the file; an unplaceable report does not fail. */
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { bytesOf, parseFile } from './helpers.ts';

/** Deterministic pseudo-random bytes (a linear congruential generator), so the test is the same every run. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = x >>> 16;
  }
  return out;
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
]);

function failure(bytes: Uint8Array, source: string): ReportError {
  try {
    parseReport(bytes, { source });
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error(`${source} parsed without error`);
}

describe('bad input', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'reports/empty.txt', '文件为空'],
    ['whitespace only', Buffer.from(' \n\t\r\n\u3000\u00a0\n'), 'reports/blank.txt', '空白'],
    ['random binary', noise(4096, 7), 'reports/noise.bin', '不是文本文件'],
    ['random binary without NUL bytes', noise(4096, 11).map((b) => b || 1), 'reports/noise2.bin', '不是文本文件'],
    ['a PNG image', PNG, 'reports/picture.png', '不是文本文件'],
    ['control characters', Buffer.from('一、总结\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'), 'reports/ctrl.txt', '控制字符'],
    ['a UTF-8 BOM before invalid bytes', Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xa0, 0xa1]), 'reports/bad-bom.txt', 'UTF-8'],
  ])('%s → ReportError naming the file', (_name, bytes, source, problem) => {
    const e = failure(bytes, source);
    expect(e.file).toBe(source);
    expect(e.message.startsWith(`${source}: `)).toBe(true);
    expect(e.message).toContain(problem);
    expect(e.hint).toMatch(/请/);
  });

  it('a page with only metadata and widgets → ReportError (nothing to publish)', () => {
    const path = 'tests/fixtures/parser/metadata-only.txt';
    const e = failure(bytesOf(path), path);
    expect(e.message).toContain(path);
    expect(e.message).toContain('没有报告正文');
  });
});

describe('a report with no recognisable place or title', () => {
  const r = parseFile('tests/fixtures/parser/no-place-no-title.txt');

  it('parses, flags the place unknown and composes a title saying so', () => {
    expect(r.place.city).toBeNull();
    expect(r.place.divisionCode).toBeNull();
    expect(r.basis.place).not.toBe('');
    expect(r.titleComposed).toBe(true);
    expect(r.title).toBe('卫生健康工作总结（地点未知）');
  });

  it('states no year, so none is given', () => {
    expect([r.reviewYear, r.planYear]).toEqual([null, null]);
    expect(r.basis.reviewYear).toBe('文中未注明');
  });
});
