import type { TableSummary } from '../../engine/check';
import type { TableKind } from '../../engine/model/tables';
import type { Finding } from '../../engine/rules/types';
import { groupFindings } from '../grouping';
import type { MessageKey } from '../messages';
import { FindingCard, type FindingActions } from './FindingCard';
import { useT } from './i18n';

const KIND_LABEL: Record<TableKind, MessageKey> = {
  'basic-data': 'kindBasicData',
  'overall-self-eval': 'kindOverall',
  'project-self-eval': 'kindProject',
};

export function FindingGroups(props: {
  findings: readonly Finding[];
  tables: readonly TableSummary[];
  busy: boolean;
  actions: FindingActions;
}) {
  const tr = useT();
  const groups = groupFindings(props.findings, props.tables);
  return (
    <section aria-label={tr('findingsListLabel')} className="groups">
      {groups.map((group, g) => {
        const headingId = `group-${g}`;
        const title = group.table
          ? tr('groupLabel', {
              sheet: group.sheet,
              kind: tr(KIND_LABEL[group.table.kind]),
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
              {group.findings.map((finding, i) => (
                <FindingCard
                  key={`${finding.sheet}!${finding.cell}#${finding.rule}#${i}`}
                  id={`f-${g}-${i}`}
                  finding={finding}
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
