// "插入指标 / Insert indicators": pick an indicator set and a weight scheme, see the rows, choose where, insert,
// undo. Everything it does goes through InsertSession; this file only lays out controls.
import { Button, Select, Spinner } from '@fluentui/react-components';
import { useContext, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { DEFAULT_PRESET_ID } from '../../engine/presets';
import type { InsertSession, InsertWhere } from '../../app/insert-session';
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
  const ids = { filter: useId(), preset: useId(), scheme: useId(), where: useId() };
  const [filter, setFilter] = useState('');
  const [presetId, setPresetId] = useState(DEFAULT_PRESET_ID);
  const [schemeId, setSchemeId] = useState('');
  const [whereKey, setWhereKey] = useState('');
  useEffect(() => {
    session.setLang(lang);
  }, [session, lang]);
  useEffect(() => {
    void session.refresh();
  }, [session]);

  const options = session.options();
  const presets = options.presets.filter(
    (preset) =>
      filter.trim() === '' ||
      `${preset.name} ${preset.id}`.toLowerCase().includes(filter.trim().toLowerCase()),
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
  const where = (whereChoices.find((choice) => choice.key === whereKey) ?? whereChoices[0]).where;
  const choice = { presetId, schemeId: schemeId || undefined, where };
  const preview = useMemo(
    () => session.preview(choice),
    [session, presetId, schemeId, whereKey, state.target],
  );

  return (
    <section className="insert-view" aria-labelledby="insert-heading" data-testid="insert-view">
      <h2 id="insert-heading">{tr('insertHeading')}</h2>
      <p className="summary-meta" data-testid="insert-target">
        {state.target
          ? tr('insertTarget', { sheet: state.target.sheet, year: state.target.year })
          : tr('insertNoTarget')}
      </p>
      <div className="field">
        <label htmlFor={ids.filter}>{tr('insertPresetFilter')}</label>
        <input
          id={ids.filter}
          type="search"
          className="text-input"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          data-testid="preset-filter"
        />
        <label htmlFor={ids.preset}>{tr('insertPreset')}</label>
        <select
          id={ids.preset}
          size={Math.min(Math.max(presets.length, 2), 6)}
          className="listbox"
          value={presetId}
          onChange={(event) => setPresetId(event.target.value)}
          data-testid="preset-list"
        >
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.scheme}>{tr('insertScheme')}</label>
        <Select id={ids.scheme} value={schemeId} onChange={(_event, data) => setSchemeId(data.value)}>
          <option value="">{tr('insertSchemeAuto')}</option>
          {options.schemes.map((scheme) => (
            <option key={scheme.id} value={scheme.id}>
              {scheme.name}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className="field">
        <legend>{tr('insertWhere')}</legend>
        {whereChoices.map((entry, index) => (
          <label key={entry.key} className="radio">
            <input
              type="radio"
              name={ids.where}
              value={entry.key}
              checked={whereKey === entry.key || (whereKey === '' && index === 0)}
              onChange={() => setWhereKey(entry.key)}
              data-testid={`where-${entry.key}`}
            />
            {entry.label}
          </label>
        ))}
      </fieldset>
      <div className="row toolbar">
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
      {state.lastInsert && (
        <p className="summary-meta">
          {tr('undoInsertHint', {
            sheet: state.lastInsert.sheet,
            from: state.lastInsert.firstRow + 1,
            to: state.lastInsert.firstRow + state.lastInsert.count,
          })}
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
      <h3 className="preview-heading">{tr('insertPreview', { n: preview.length })}</h3>
      <div
        className="preview-scroll"
        tabIndex={0}
        role="region"
        aria-label={tr('insertPreview', { n: preview.length })}
      >
        <table className="preview-table" data-testid="insert-preview">
          <thead>
            <tr>
              <th scope="col">{tr('insertPreviewLevel2')}</th>
              <th scope="col">{tr('insertPreviewLevel3')}</th>
              <th scope="col">{tr('insertPreviewTarget')}</th>
              <th scope="col">{tr('insertPreviewWeight')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.map((row, index) => (
              <tr key={index} title={row.group}>
                <td>{row.level2}</td>
                <td>{row.level3}</td>
                <td>{row.target}</td>
                <td className="num">{row.weight ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
