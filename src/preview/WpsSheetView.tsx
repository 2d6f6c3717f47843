// The simulated WPS workbook beside the pane in the WPS preview: values, fills, comments and the selection, as
// data attributes for the browser tests (the same ones SheetView gives the Excel preview), plus the 绩效自评
// ribbon's four buttons, which call the add-in's real ribbon callbacks (window.ribbon.OnAction).
import { formatNumber } from '../engine/grid/format-number';
import type { SimWpsHandle, WpsCell } from '../simwps';
import { SheetGrid, SheetTabs, usePolledRefresh, type GridCell } from './SheetGrid';

/** The add-in has called into the simulated WPS. */
const callCount = (handle: SimWpsHandle) => handle.calls;

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
  const refresh = usePolledRefresh(handle, callCount);
  const state = handle.state;
  const visible = state.sheets.filter((s) => (s.visible ?? -1) === -1);
  const sheet = visible.find((s) => s.name === state.activeSheet) ?? visible[0];
  const selection =
    state.selection && state.selection.sheet === sheet.name ? state.selection.address.split(':')[0] : null;
  const cellAt = (address: string): GridCell | undefined => {
    const cell = sheet.cells[address];
    if (!cell) return undefined;
    return {
      text: shown(cell),
      numeric: typeof cell.value === 'number',
      fill: cell.fill ?? '',
      hasNote: Boolean(cell.comment),
      note: cell.comment?.text,
    };
  };

  return (
    <div className="sheet-view">
      <div className="formula-bar" role="toolbar" aria-label="绩效自评 (WPS ribbon)">
        {BUTTONS.map(([id, label]) => (
          <button key={id} data-ribbon={id} onClick={() => window.ribbon?.OnAction({ Id: id })}>
            {label}
          </button>
        ))}
      </div>
      <SheetGrid
        sheet={sheet}
        cellAt={cellAt}
        selection={selection}
        onSelect={(address) => {
          state.selection = { sheet: sheet.name, address };
          refresh();
        }}
      />
      <SheetTabs
        names={visible.map((s) => s.name)}
        active={sheet.name}
        onActivate={(name) => {
          state.activeSheet = name;
          refresh();
        }}
      />
    </div>
  );
}
