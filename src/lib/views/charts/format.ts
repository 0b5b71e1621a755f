/**
 * Number formatting for chart axes and computed values (per-capita rates), in Chinese conventions:
 * large numbers in 万 / 亿 rather than thousands separators. Values quoted from a report are always
 * shown as written (`raw`), never reformatted.
 */
import { format } from 'd3';

const significant = format('.4~r');
const plain = format('~r');

/** `106500` → `10.65万`, `81.37` → `81.37`, `0.123456` → `0.1235`. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${significant(value / 1e8)}亿`;
  if (abs >= 1e4) return `${significant(value / 1e4)}万`;
  return abs === 0 ? '0' : significant(value);
}

/** Axis tick labels: as short as the tick step allows (`0`, `20`, `2.5万`). */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${plain(+(value / 1e8).toPrecision(6))}亿`;
  if (abs >= 1e4) return `${plain(+(value / 1e4).toPrecision(6))}万`;
  return plain(+value.toPrecision(6));
}
