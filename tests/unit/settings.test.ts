import { describe, expect, it } from 'vitest';
import { positiveIntegerSetting } from '../../src/lib/settings.ts';

describe('positiveIntegerSetting', () => {
  it('is the fallback when the variable is unset or empty, else its value', () => {
    expect(positiveIntegerSetting('X', undefined, 7)).toBe(7);
    expect(positiveIntegerSetting('X', '', 7)).toBe(7);
    expect(positiveIntegerSetting('X', '20000', 7)).toBe(20000);
  });

  it('refuses anything but a positive integer, naming the variable', () => {
    for (const bad of ['0', '-3', '1.5', 'abc']) expect(() => positiveIntegerSetting('SEARCH_SHARD_CHARACTERS', bad, 7)).toThrow(/SEARCH_SHARD_CHARACTERS 须为正整数/);
  });
});
