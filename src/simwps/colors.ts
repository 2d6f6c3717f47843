// Colours cross the WPS object model as VBA longs, BGR: r + g·256 + b·65536 [notes §3.4: AWD hexToBgr].

export const NO_FILL_COLOR_READBACK = 16777215; // what Excel's Interior.Color reads for no fill (white)

export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((part) => part.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
