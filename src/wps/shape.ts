// Value2 and Formula of several cells come back as rows of cells [notes §3.3: AWD read2D]. Whether the JS bridge
// flattens a single row or column to one array is unconfirmed (§6.1), so every read is normalised to rows.
export function rowsOf(value: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1)
    return [[Array.isArray(value) ? (Array.isArray(value[0]) ? value[0][0] : value[0]) : value]];
  if (!Array.isArray(value)) return [[value]];
  if (!Array.isArray(value[0])) return rows === 1 ? [value] : value.map((cell) => [cell]);
  return value as unknown[][];
}
