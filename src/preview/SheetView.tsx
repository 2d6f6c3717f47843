// A read-mostly picture of the simulated workbook beside the pane: values as Excel shows them, fills, notes and
// the selection, each exposed as data attributes so browser tests can check what the add-in did to the sheet.
import { useState, type KeyboardEvent } from 'react';
import type { SimHostHandle, SimValue } from '../simhost';
import { formatValue } from '../simhost';
import { SheetGrid, SheetTabs, usePolledRefresh, type GridCell } from './SheetGrid';

/** The host has synced: the add-in changed something. */
const syncCount = (handle: SimHostHandle) => handle.syncCount;

function parseTyped(text: string): SimValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : text;
}

export function SheetView({ handle }: { handle: SimHostHandle }) {
  const refresh = usePolledRefresh(handle, syncCount);
  const [draft, setDraft] = useState<{ address: string; text: string } | null>(null);
  const state = handle.state;
  const sheet = state.sheets.find((s) => s.name === state.activeSheet) ?? state.sheets[0];
  const selection =
    state.selection && state.selection.sheet === sheet.name
      ? state.selection.address.split(':')[0].replace(/\$/g, '')
      : null;
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

  const cellAt = (address: string): GridCell | undefined => {
    const cell = sheet.cells[address];
    if (!cell) return undefined;
    return {
      text: formatValue(cell.value ?? null, cell.numberFormat),
      numeric: typeof cell.value === 'number',
      fill: cell.fill ?? '',
      hasNote: Boolean(cell.note),
      note: cell.note,
    };
  };

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
      <SheetGrid sheet={sheet} cellAt={cellAt} selection={selection} onSelect={select} />
      <SheetTabs
        names={state.sheets.map((s) => s.name)}
        active={sheet.name}
        onActivate={(name) => {
          state.activeSheet = name;
          refresh();
        }}
      />
    </div>
  );
}
