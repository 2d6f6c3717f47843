import { useContext } from 'react';
import type { TableSummary } from '../../engine/check';
import type { Finding } from '../../engine/rules/types';
import { groupFindings, nestConsequences } from '../../app/grouping';
import { TABLE_NAMES } from '../../app/table-names';
import { FindingCard, type FindingActions } from './FindingCard';
import { LangContext, useT } from './i18n';

export function FindingGroups(props: {
  findings: readonly Finding[];
  tables: readonly TableSummary[];
  busy: boolean;
  actions: FindingActions;
}) {
  const tr = useT();
  const lang = useContext(LangContext);
  const groups = groupFindings(props.findings, props.tables);
  return (
    <section aria-label={tr('findingsListLabel')} className="groups">
      {groups.map((group, g) => {
        const headingId = `group-${g}`;
        const title = group.table
          ? tr('groupLabel', {
              sheet: group.sheet,
              kind: TABLE_NAMES[lang][group.table.kind],
              range: group.table.range,
            })
          : tr('groupLabel', { sheet: group.sheet, kind: tr('otherFindings'), range: '' }).replace(
              / · $/,
              '',
            );
        return (
          <section key={group.id} aria-labelledby={headingId} className="group">
            <h3 id={headingId} className="group-title">
              {title}
            </h3>
            <ul className="finding-list">
              {nestConsequences(group.findings).map(({ finding, consequences }, i) => (
                <FindingCard
                  key={`${finding.sheet}!${finding.cell}#${finding.rule}#${i}`}
                  id={`f-${g}-${i}`}
                  finding={finding}
                  consequences={consequences}
                  busy={props.busy}
                  actions={props.actions}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
