/**
 * Colour-blind-safe series colours (Okabe & Ito, 2008), ordered for contrast on a light page,
 * paired with marker shapes so a series never depends on colour alone.
 *
 * Marks take `fill="currentColor"` inside a group whose `color` is the series colour; the page's
 * chart stylesheet may swap a colour for dark mode by the group's `series-<i>` class.
 */
import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';

/** Okabe–Ito blue, vermillion, bluish green, reddish purple, orange, sky blue (black and yellow left out). */
const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye];

/** Colour and marker of the i-th series; shapes cycle with a different period, so pairs repeat late. */
export function seriesStyle(i: number): { colour: string; shape: SymbolType; className: string } {
  const c = i % SERIES_COLOURS.length;
  return { colour: SERIES_COLOURS[c], shape: SHAPES[i % SHAPES.length], className: `series series-${c}` };
}

/** The single colour of one-series charts (bars, heatmap cells). */
export const SINGLE_COLOUR = SERIES_COLOURS[0];
