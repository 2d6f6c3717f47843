// Cell fills. Colours are BGR longs like VBA's RGB() [notes §3.4: DOC Interior.Color, AWD hexToBgr]. "No fill"
// is told by Interior.Pattern = xlPatternNone (-4142), never by the colour: an unfilled cell's Color reads white
// in Excel, and what WPS reads back is unconfirmed (§6.2); no fill is restored with ColorIndex = xlColorIndexNone
// (-4142) [DOC Interior.ColorIndex], never by painting white.
import { XL, type EtRange } from './api';

export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function bgrToHex(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}

const WHITE_BGR = 0xffffff;

/** A cell's fill as "#RRGGBB", or null for no fill. Three calls. */
export function fillOf(range: EtRange): string | null {
  const interior = range.Interior;
  const pattern = interior.Pattern;
  if (pattern === XL.none) return null;
  const color = interior.Color;
  if (typeof color !== 'number') return null;
  // Without a pattern to go by (a build that lacks it), white is how no fill reads back.
  if ((pattern === null || pattern === undefined) && color === WHITE_BGR) return null;
  return bgrToHex(color);
}

/** Sets a fill, or with null takes it off ("no fill", not white). */
export function setFill(range: EtRange, fill: string | null): void {
  if (fill === null) range.Interior.ColorIndex = XL.none;
  else range.Interior.Color = hexToBgr(fill);
}
