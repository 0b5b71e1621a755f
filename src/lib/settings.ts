/**
 * Build settings given as environment variables (docs/architecture.md lists them): read by the
 * integration and src/data, which pass the variable's value here so this stays pure.
 */

/** A positive integer setting: `fallback` when unset or empty; anything else is an error naming the variable. */
export function positiveIntegerSetting(name: string, given: string | undefined, fallback: number): number {
  if (given === undefined || given === '') return fallback;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} 须为正整数，而不是“${given}”`);
  return n;
}
