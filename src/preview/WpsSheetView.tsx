// The simulated WPS workbook beside the pane in the WPS preview: values, fills, comments and the selection, as
// data attributes for the browser tests (the same ones SheetView gives the Excel preview), plus the 绩效自评
// ribbon's four buttons, which call the add-in's real ribbon callbacks (window.ribbon.OnAction).
import { useEffect, useState } from 'react';
import { areaToA1, columnLetters, parseA1, toA1 } from '../engine/grid/a1';
import { formatNumber } from '../engine/grid/format-number';
import type { CellArea } from '../engine/grid/types';
import type { SimWpsHandle, WpsCell, WpsSheet } from '../simwps';

/** Re-renders whenever the add-in has called into the simulated WPS. */
function useCallVersion(handle: SimWpsHandle): () => void {
  const [, setVersion] = useState(0);
  useEffect(() => {
    let seen = handle.calls;
    let frame = 0;
    const tick = () => {
      if (handle.calls !== seen) {
        seen = handle.calls;
        setVersion((v) => v + 1);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [handle]);
  return () => setVersion((v) => v + 1);
}

function bounds(sheet: WpsSheet): CellArea {
  let bottom = 0;
  let right = 0;
  const grow = (address: string) => {
    const at = parseA1(address);
    if (at) [bottom, right] = [Math.max(bottom, at.row), Math.max(right, at.col)];
  };
  Object.keys(sheet.cells).forEach(grow);
  sheet.merges.forEach((merge) => grow(merge.split(':').at(-1) ?? merge));
  return { top: 0, left: 0, bottom, right };
}

function shown(cell: WpsCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, cell?.numberFormat ?? 'General');
  return String(value);
}

const BUTTONS = [
  ['selfevalValidate', '校验本表'],
  ['selfevalClear', '清除标记'],
  ['selfevalPane', '显示窗格'],
  ['selfevalInsert', '插入指标'],
] as const;

export function WpsSheetView({ handle }: { handle: SimWpsHandle }) {
  const refresh = useCallVersion(handle);
  const state = handle.state;
  const visible = state.sheets.filter((s) => (s.visible ?? -1) === -1);
  const sheet = visible.find((s) => s.name === state.activeSheet) ?? visible[0];
  const selection =
    state.selection && state.selection.sheet === sheet.name ? state.selection.address.split(':')[0] : null;
  const area = bounds(sheet);
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const [first, last = first] = merge.split(':').map((part) => parseA1(part));
    if (!first || !last) continue;
    spans.set(toA1(first.row, first.col), { rows: last.row - first.row + 1, cols: last.col - first.col + 1 });
    for (let r = first.row; r <= last.row; r++)
      for (let c = first.col; c <= last.col; c++)
        if (r !== first.row || c !== first.col) covered.add(toA1(r, c));
  }

  const rows = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cells = [];
    for (let c = area.left; c <= area.right; c++) {
      const address = toA1(r, c);
      if (covered.has(address)) continue;
      const cell = sheet.cells[address];
      const span = spans.get(address);
      cells.push(
        <td
          key={address}
          role="gridcell"
          data-cell={address}
          data-fill={cell?.fill ?? ''}
          data-note={cell?.comment ? 'true' : undefined}
          aria-selected={selection === address}
          title={cell?.comment?.text}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          style={cell?.fill ? { background: cell.fill } : undefined}
          className={typeof cell?.value === 'number' ? 'num' : undefined}
          onClick={() => {
            state.selection = { sheet: sheet.name, address };
            refresh();
          }}
        >
          {shown(cell)}
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
    <div className="sheet-view">
      <div className="formula-bar" role="toolbar" aria-label="绩效自评 (WPS ribbon)">
        {BUTTONS.map(([id, label]) => (
          <button key={id} data-ribbon={id} onClick={() => window.ribbon?.OnAction({ Id: id })}>
            {label}
          </button>
        ))}
      </div>
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
      <div className="sheet-tabs" role="tablist">
        {visible.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheet.name}
            onClick={() => {
              state.activeSheet = s.name;
              refresh();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
