// "插入指标 / Insert indicators": pick an indicator set and a weight scheme, choose where, see the rows as they will be
// written (or why their 分值 stay blank), then insert — and undo. Everything it does goes through InsertSession;
// this file only lays out Fluent controls.
import {
  Button,
  Combobox,
  Field,
  Option,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DEFAULT_PRESET_ID } from '../../engine/presets';
import type { InsertSession, InsertWhere, PreviewRow } from '../../app/insert-session';
import { groupName } from '../../app/insert-session';
import { word } from '../messages';
import { LangContext, useT } from './i18n';

export function InsertView({ session }: { session: InsertSession }) {
  const tr = useT();
  const lang = useContext(LangContext);
  const state = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.getState(),
  );
  const [presetId, setPresetId] = useState(DEFAULT_PRESET_ID);
  const [query, setQuery] = useState<string | null>(null); // null: show the chosen set's name, list every set
  const [schemeId, setSchemeId] = useState('');
  const [whereKey, setWhereKey] = useState('');
  useEffect(() => {
    session.setLang(lang);
  }, [session, lang]);
  useEffect(() => {
    void session.refresh();
  }, [session]);

  const options = session.options();
  const chosenName = options.presets.find((preset) => preset.id === presetId)?.name ?? '';
  const needle = (query ?? '').trim().toLowerCase();
  const presets = options.presets.filter(
    (preset) => needle === '' || `${preset.name} ${preset.id}`.toLowerCase().includes(needle),
  );
  const groups = state.target?.groups ?? [];
  const whereChoices: { key: string; label: string; where: InsertWhere }[] = [
    ...groups.map((group) => ({
      key: `group:${group.kind}`,
      label: tr('insertAtGroupEnd', { group: groupName(group.kind, lang) }),
      where: { kind: 'group', group: group.kind } as InsertWhere,
    })),
    ...(state.target
      ? [{ key: 'selection', label: tr('insertAtSelection'), where: { kind: 'selection' } as InsertWhere }]
      : []),
    { key: 'new-sheet', label: tr('insertNewSheet'), where: { kind: 'new-sheet' } },
  ];
  const selected = whereChoices.find((choice) => choice.key === whereKey) ?? whereChoices[0];
  const choice = { presetId, schemeId: schemeId || undefined, where: selected.where };
  const { rows, notes } = useMemo(
    () => ({ rows: session.preview(choice), notes: session.previewNotes(choice) }),
    [session, presetId, schemeId, selected.key, state.target, lang],
  );
  const undoLabel = state.lastInsert
    ? state.lastInsert.newSheet
      ? tr('undoSheetHint', { sheet: state.lastInsert.sheet })
      : tr('undoInsertHint', {
          sheet: state.lastInsert.sheet,
          from: state.lastInsert.firstRow + 1,
          to: state.lastInsert.firstRow + state.lastInsert.count,
        })
    : null;
  const previewTitle =
    selected.where.kind === 'new-sheet'
      ? tr('insertPreviewAll', { n: rows.length })
      : tr('insertPreview', { n: rows.length });

  return (
    <section className="insert-view" aria-labelledby="insert-heading" data-testid="insert-view">
      <h2 id="insert-heading">{tr('insertHeading')}</h2>
      <p className="summary-meta" data-testid="insert-target">
        {state.target
          ? tr('insertTarget', { sheet: state.target.sheet, year: state.target.year })
          : tr('insertNoTarget')}
      </p>
      <Field label={tr('insertPreset')}>
        <Combobox
          inlinePopup
          expandIcon={{ 'aria-label': tr('insertOpenSets'), 'data-testid': 'preset-open' } as object}
          placeholder={tr('insertSetPlaceholder')}
          value={query ?? chosenName}
          selectedOptions={[presetId]}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_event, data) => {
            if (data.optionValue) setPresetId(data.optionValue);
            setQuery(null);
          }}
          onOpenChange={(_event, data) => {
            if (!data.open) setQuery(null);
          }}
          data-testid="preset-combobox"
        >
          {presets.map((preset) => (
            <Option key={preset.id} value={preset.id} text={preset.name} data-preset={preset.id}>
              {preset.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={tr('insertScheme')}>
        <Select value={schemeId} onChange={(_event, data) => setSchemeId(data.value)} data-testid="scheme">
          <option value="">{tr('insertSchemeAuto')}</option>
          {options.schemes.map((scheme) => (
            <option key={scheme.id} value={scheme.id}>
              {scheme.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr('insertWhere')}>
        <RadioGroup value={selected.key} onChange={(_event, data) => setWhereKey(data.value)}>
          {whereChoices.map((entry) => (
            <Radio key={entry.key} value={entry.key} label={entry.label} data-testid={`where-${entry.key}`} />
          ))}
        </RadioGroup>
      </Field>

      <h3 className="preview-heading" id="insert-preview-heading">
        {previewTitle}
      </h3>
      {notes.length > 0 && (
        <p className="preview-note" data-testid="insert-preview-note">
          {notes.map((message) => word(lang, message)).join(' ')}
        </p>
      )}
      <PreviewTable rows={rows} />

      <div className="row toolbar insert-actions">
        <Button
          appearance="primary"
          disabled={state.busy}
          onClick={() => void session.insert(choice)}
          data-testid="insert-button"
        >
          {tr('insertButton')}
        </Button>
        <Button
          disabled={state.busy || !state.lastInsert}
          onClick={() => void session.undo()}
          data-testid="undo-insert"
        >
          {tr('undoInsertButton')}
        </Button>
      </div>
      {undoLabel && (
        <p className="summary-meta" data-testid="undo-hint">
          {undoLabel}
        </p>
      )}
      <div aria-live="polite" className="status" data-testid="insert-status">
        {state.busy && <Spinner size="tiny" label={tr('insertWorking')} />}
        {state.notice && <p>{state.notice.map((message) => word(lang, message)).join(' ')}</p>}
      </div>
      {state.error && (
        <p role="alert" className="error">
          {word(lang, state.error)}
        </p>
      )}
    </section>
  );
}

/** Two columns so it reads at 320 px: each 二级指标 heads its rows; a 三级指标 wraps with its target under it. */
function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const tr = useT();
  const sections: { title: string; rows: PreviewRow[] }[] = [];
  for (const row of rows) {
    const title = [row.group, row.level2].filter((part) => part !== '').join(' › ');
    const last = sections.at(-1);
    if (last && last.title === title) last.rows.push(row);
    else sections.push({ title, rows: [row] });
  }
  return (
    <table className="preview-table" data-testid="insert-preview" aria-labelledby="insert-preview-heading">
      <thead>
        <tr>
          <th scope="col">
            {tr('insertPreviewLevel3')} / {tr('insertPreviewTarget')}
          </th>
          <th scope="col" className="num">
            {tr('insertPreviewWeight')}
          </th>
        </tr>
      </thead>
      {sections.map((section, s) => (
        <tbody key={s}>
          {section.title !== '' && (
            <tr className="preview-group">
              <th scope="rowgroup" colSpan={2}>
                {section.title}
              </th>
            </tr>
          )}
          {section.rows.map((row, r) => (
            <tr key={r} data-preview-row>
              <td>
                {row.level3 !== '' ? (
                  <span className="preview-level3">{row.level3}</span>
                ) : (
                  <span className="preview-blank">{tr('insertPreviewBlankRow')}</span>
                )}
                {row.target !== '' && <span className="preview-target">{row.target}</span>}
              </td>
              <td className="num" data-weight={row.weight ?? ''}>
                {row.weight === null ? '—' : String(row.weight)}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
