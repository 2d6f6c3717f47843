import type { ReactNode, Ref } from 'react';
import type { SessionState } from '../../app/validation-session';
import { countBySeverity } from '../../app/grouping';
import { useT } from './i18n';
import { HighlightLegend } from './HighlightLegend';
import { SeverityGlyph } from './SeverityLabel';

/** The counts in a bar that stays at the top while the list scrolls (the pane focuses it after validating), then
 *  the legend, the scope and whatever the pane adds below (actions, ignored findings). */
export function Summary({
  state,
  barRef,
  children,
}: {
  state: SessionState;
  barRef?: Ref<HTMLDivElement>;
  children?: ReactNode;
}) {
  const tr = useT();
  const counts = countBySeverity(state.findings);
  return (
    <>
      <div
        className="summary-bar"
        ref={barRef}
        tabIndex={-1}
        role="region"
        aria-labelledby="summary-heading"
        aria-describedby="summary-counts"
        data-testid="summary"
      >
        <h2 id="summary-heading">{tr('summaryHeading')}</h2>
        <ul className="summary-counts" id="summary-counts">
          <li data-count-error={counts.error}>
            <SeverityGlyph severity="error" /> {tr('summaryErrors', { n: counts.error })}
          </li>
          <li data-count-warning={counts.warning}>
            <SeverityGlyph severity="warning" /> {tr('summaryWarnings', { n: counts.warning })}
          </li>
          <li data-count-info={counts.info}>
            <SeverityGlyph severity="info" /> {tr('summaryNotes', { n: counts.info })}
          </li>
        </ul>
      </div>
      {state.findings.length > 0 && <HighlightLegend />}
      <p className="summary-meta">
        {tr(state.scope === 'workbook' ? 'summaryScopeWorkbook' : 'summaryScopeSheet')} ·{' '}
        {tr('summaryTables', { n: state.tables.length })}
      </p>
      {state.tables.length === 0 && <p>{tr('noTables')}</p>}
      {state.tables.length > 0 && state.findings.length === 0 && <p>{tr('noFindings')}</p>}
      {children}
    </>
  );
}
