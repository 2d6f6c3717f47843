/**
 * Splits a group's points over its indicators by share so they add up exactly: whole points when the total is
 * whole (hundredths otherwise), remainders going to the largest fractional parts, earlier rows first on ties.
 */
export function distributePoints(total: number, shares: readonly number[]): number[] {
  if (shares.length === 0) return [];
  const unit = Number.isInteger(total) ? 1 : 0.01;
  const units = Math.round(total / unit);
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  const exact = shares.map((share) => (shareSum > 0 ? (units * share) / shareSum : units / shares.length));
  const floors = exact.map((value) => Math.floor(value + 1e-9));
  let left = units - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, fraction: value - floors[index] }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] += 1;
    left -= 1;
  }
  return floors.map((count) => (unit === 1 ? count : Math.round(count) / 100));
}
