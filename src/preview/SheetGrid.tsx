// The grid both previews draw (Excel's SheetView and WPS's WpsSheetView): row and column headers, merged cells,
// fills, notes and the selection as data attributes the browser tests read. Each host maps its own cells into
// GridCell, so the simulated hosts' data stay apart while the picture and its attributes are one.
import { useEffect, useState } from 'react';
import { areaToA1, columnLetters, parseA1, toA1 } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';

/** One cell as the grid shows it. */
export interface GridCell {
  /** The text the host shows (its number format applied). */
  text: string;
  numeric: boolean;
  /** CSS colour of the cell's fill, '' for none. */
  fill: string;
  hasNote: boolean;
  /** The note's text, shown as the cell's tooltip. */
  note?: string;
}

/**
 * Re-renders whenever `count(handle)` moves (the add-in called into the simulated host); the returned function
 * re-renders on demand (the preview itself changed the state). `count` should be a stable module-level function.
 */
export function usePolledRefresh<Handle>(handle: Handle, count: (handle: Handle) => number): () => void {
  const [, setVersion] = useState(0);
  useEffect(() => {
    let seen = count(handle);
    let frame = 0;
    const tick = () => {
      if (count(handle) !== seen) {
        seen = count(handle);
        setVersion((v) => v + 1);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [handle, count]);
  return () => setVersion((v) => v + 1);
}

/** From A1 to the bottom-right-most filled cell or merge end. */
function usedArea(addresses: readonly string[], merges: readonly string[]): CellArea {
  let bottom = 0;
  let right = 0;
  const grow = (address: string) => {
    const at = parseA1(address);
    if (at) [bottom, right] = [Math.max(bottom, at.row), Math.max(right, at.col)];
  };
  addresses.forEach(grow);
  merges.forEach((merge) => grow(merge.split(':').at(-1) ?? merge));
  return { top: 0, left: 0, bottom, right };
}

function mergeLayout(merges: readonly string[]): {
  spans: Map<string, { rows: number; cols: number }>;
  covered: Set<string>;
} {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const merge of merges) {
    const [first, last = first] = merge.split(':').map((part) => parseA1(part));
    if (!first || !last) continue;
    spans.set(toA1(first.row, first.col), { rows: last.row - first.row + 1, cols: last.col - first.col + 1 });
    for (let r = first.row; r <= last.row; r++)
      for (let c = first.col; c <= last.col; c++)
        if (r !== first.row || c !== first.col) covered.add(toA1(r, c));
  }
  return { spans, covered };
}

export function SheetGrid(props: {
  /** The host's sheet: its stored cells' addresses and its merges set the grid's extent. */
  sheet: { name: string; cells: Readonly<Record<string, unknown>>; merges: readonly string[] };
  cellAt: (address: string) => GridCell | undefined;
  selection: string | null;
  onSelect: (address: string) => void;
}) {
  const { sheet, cellAt, selection, onSelect } = props;
  const area = usedArea(Object.keys(sheet.cells), sheet.merges);
  const { spans, covered } = mergeLayout(sheet.merges);

  const rows = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cells = [];
    for (let c = area.left; c <= area.right; c++) {
      const address = toA1(r, c);
      if (covered.has(address)) continue;
      const cell = cellAt(address);
      const span = spans.get(address);
      const fill = cell?.fill ?? '';
      cells.push(
        <td
          key={address}
          role="gridcell"
          data-cell={address}
          data-fill={fill}
          data-note={cell?.hasNote ? 'true' : undefined}
          aria-selected={selection === address}
          title={cell?.note}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          style={fill ? { background: fill } : undefined}
          className={cell?.numeric ? 'num' : undefined}
          onClick={() => onSelect(address)}
        >
          {cell?.text ?? ''}
        </td>,
      );
    }
    rows.push(
      <tr key={r}>
        <th scope="row">{r + 1}</th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className="grid-scroll">
      <table role="grid" aria-label={sheet.name} data-sheet={sheet.name} data-range={areaToA1(area)}>
        <thead>
          <tr>
            <th />
            {Array.from({ length: area.right - area.left + 1 }, (_, i) => (
              <th key={i} scope="col">
                {columnLetters(area.left + i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}

/** The tabs under the grid; `onActivate` switches the host's active sheet. */
export function SheetTabs(props: {
  names: readonly string[];
  active: string;
  onActivate: (name: string) => void;
}) {
  return (
    <div className="sheet-tabs" role="tablist">
      {props.names.map((name) => (
        <button
          key={name}
          role="tab"
          aria-selected={name === props.active}
          onClick={() => props.onActivate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
