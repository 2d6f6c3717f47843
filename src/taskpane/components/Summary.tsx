import type { SessionState } from '../../app/validation-session';
import { countBySeverity } from '../../app/grouping';
import { useT } from './i18n';
import { HighlightLegend } from './HighlightLegend';
import { SeverityGlyph } from './SeverityLabel';

export function Summary({ state }: { state: SessionState }) {
  const tr = useT();
  const counts = countBySeverity(state.findings);
  return (
    <section className="summary" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading">{tr('summaryHeading')}</h2>
      <ul className="summary-counts">
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
      {state.findings.length > 0 && <HighlightLegend />}
      <p className="summary-meta">
        {tr(state.scope === 'workbook' ? 'summaryScopeWorkbook' : 'summaryScopeSheet')} ·{' '}
        {tr('summaryTables', { n: state.tables.length })}
        {state.ignoredCount > 0 && <> · {tr('ignoredCount', { n: state.ignoredCount })}</>}
      </p>
      {state.tables.length === 0 && <p>{tr('noTables')}</p>}
      {state.tables.length > 0 && state.findings.length === 0 && <p>{tr('noFindings')}</p>}
    </section>
  );
}
