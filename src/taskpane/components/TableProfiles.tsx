// "模板：湖南 · 更改": each recognised table with the template profile it was read with, and a choice to read it
// with another (remembered in the workbook) or to let it be matched again.
import { Select } from '@fluentui/react-components';
import { useContext } from 'react';
import type { TableSummary } from '../../engine/check';
import type { TableProfileChoice } from '../../engine/recognize/profile-choice';
import { chosenProfile, profileName, profileOptions } from '../../app/profiles';
import { TABLE_NAMES } from '../../app/table-names';
import { Disclosure } from './Disclosure';
import { LangContext, useT } from './i18n';

export function TableProfiles(props: {
  tables: readonly TableSummary[];
  choices: readonly TableProfileChoice[];
  busy: boolean;
  onChange(table: TableSummary, profile: string | null): void;
}) {
  const tr = useT();
  const lang = useContext(LangContext);
  if (props.tables.length === 0) return null;
  const options = profileOptions(lang);
  const names = [
    ...new Set(
      props.tables.map((table) => (table.profile ? profileName(table.profile, lang) : tr('profileUnknown'))),
    ),
  ].join(lang === 'zh' ? '、' : ', ');
  return (
    <Disclosure
      className="table-profiles"
      testId="table-profiles"
      label={(open) => tr(open ? 'profilesHide' : 'profilesShow', { names })}
    >
      {(listId) => (
        <ul id={listId} className="table-profile-list">
          {props.tables.map((table, i) => {
            const chosen = chosenProfile(table, props.choices);
            const selectId = `${listId}-${i}`;
            const read = table.profile ? profileName(table.profile, lang) : tr('profileUnknown');
            return (
              <li key={`${table.sheet}!${table.range}`} data-table-range={table.range}>
                <label htmlFor={selectId} className="table-profile-name">
                  {tr('groupLabel', {
                    sheet: table.sheet,
                    kind: TABLE_NAMES[lang][table.kind],
                    range: table.range,
                  })}
                </label>
                <Select
                  id={selectId}
                  size="small"
                  disabled={props.busy}
                  value={chosen ?? ''}
                  onChange={(_event, data) => props.onChange(table, data.value === '' ? null : data.value)}
                  data-testid="table-profile-select"
                >
                  <option value="">
                    {tr('profileAuto', { profile: chosen ? tr('profileMatchAgain') : read })}
                  </option>
                  {options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </Select>
              </li>
            );
          })}
        </ul>
      )}
    </Disclosure>
  );
}
