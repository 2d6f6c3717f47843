// A read-mostly picture of the simulated workbook beside the pane: values as Excel shows them, fills, notes and
// the selection, each exposed as data attributes so browser tests can check what the add-in did to the sheet.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { areaToA1, columnLetters, parseA1, toA1 } from '../engine/grid/a1';
import type { CellArea } from '../engine/grid/types';
import type { SimHostHandle, SimSheet, SimValue } from '../simhost';
import { formatValue } from '../simhost';

/** Re-renders whenever the host has synced (the add-in changed something) or the preview itself edited. */
function useHostVersion(handle: SimHostHandle): [number, () => void] {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let seen = handle.syncCount;
    let frame = 0;
    const tick = () => {
      if (handle.syncCount !== seen) {
        seen = handle.syncCount;
        setVersion((v) => v + 1);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [handle]);
  return [version, () => setVersion((v) => v + 1)];
}

function bounds(sheet: SimSheet): CellArea {
  let bottom = 0;
  let right = 0;
  for (const key of Object.keys(sheet.cells)) {
    const at = parseA1(key);
    if (at) [bottom, right] = [Math.max(bottom, at.row), Math.max(right, at.col)];
  }
  for (const merge of sheet.merges) {
    const end = parseA1(merge.split(':').at(-1) ?? merge);
    if (end) [bottom, right] = [Math.max(bottom, end.row), Math.max(right, end.col)];
  }
  return { top: 0, left: 0, bottom, right };
}

function mergeLayout(sheet: SimSheet): {
  spans: Map<string, { rows: number; cols: number }>;
  covered: Set<string>;
} {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const [first, last = first] = merge.split(':');
    const start = parseA1(first);
    const end = parseA1(last);
    if (!start || !end) continue;
    spans.set(toA1(start.row, start.col), { rows: end.row - start.row + 1, cols: end.col - start.col + 1 });
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.col; c <= end.col; c++)
        if (r !== start.row || c !== start.col) covered.add(toA1(r, c));
  }
  return { spans, covered };
}

function parseTyped(text: string): SimValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : text;
}

export function SheetView({ handle }: { handle: SimHostHandle }) {
  const [, refresh] = useHostVersion(handle);
  const [draft, setDraft] = useState<{ address: string; text: string } | null>(null);
  const state = handle.state;
  const sheet = state.sheets.find((s) => s.name === state.activeSheet) ?? state.sheets[0];
  const selection =
    state.selection && state.selection.sheet === sheet.name
      ? state.selection.address.split(':')[0].replace(/\$/g, '')
      : null;
  const area = bounds(sheet);
  const { spans, covered } = mergeLayout(sheet);
  const selectedCell = selection ? sheet.cells[selection] : undefined;

  const select = (address: string) => {
    state.selection = { sheet: sheet.name, address };
    setDraft(null);
    refresh();
  };
  const commit = () => {
    if (!draft) return;
    handle.userEdit(sheet.name, draft.address, parseTyped(draft.text));
    setDraft(null);
    refresh();
  };
  const onFormulaKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };

  const rows = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cells = [];
    for (let c = area.left; c <= area.right; c++) {
      const address = toA1(r, c);
      if (covered.has(address)) continue;
      const cell = sheet.cells[address];
      const span = spans.get(address);
      const fill = cell?.fill ?? '';
      cells.push(
        <td
          key={address}
          role="gridcell"
          data-cell={address}
          data-fill={fill}
          data-note={cell?.note ? 'true' : undefined}
          aria-selected={selection === address}
          title={cell?.note}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          style={fill ? { background: fill } : undefined}
          className={typeof cell?.value === 'number' ? 'num' : undefined}
          onClick={() => select(address)}
        >
          {formatValue(cell?.value ?? null, cell?.numberFormat)}
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
      <div className="formula-bar">
        <label htmlFor="formula-input" className="name-box">
          {selection ?? '—'}
        </label>
        <input
          id="formula-input"
          aria-label="Cell value"
          disabled={!selection}
          value={
            draft?.address === selection
              ? draft.text
              : (selectedCell?.formula ??
                (selectedCell?.value === null || selectedCell?.value === undefined
                  ? ''
                  : String(selectedCell.value)))
          }
          onChange={(event) => selection && setDraft({ address: selection, text: event.target.value })}
          onKeyDown={onFormulaKey}
        />
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
        {state.sheets.map((s) => (
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
