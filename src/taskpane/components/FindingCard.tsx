import { Button } from '@fluentui/react-components';
import type { Finding } from '../../engine/rules/types';
import { useT } from './i18n';
import { SeverityLabel } from './SeverityLabel';
import { markedSeverity } from '../../host/marking';

export interface FindingActions {
  onGoTo(finding: Finding): void;
  onFix(finding: Finding): void;
  onIgnore(finding: Finding): void;
}

/** An empty cell or a missing value reads as a dash, so the pair never shows a blank. */
const hasValue = (value: string | null): value is string => value !== null && value.trim() !== '';
const shown = (value: string | null) => (hasValue(value) ? value : '—');

export function FindingCard({
  finding,
  busy,
  actions,
  id,
  consequences = [],
}: {
  finding: Finding;
  busy: boolean;
  actions: FindingActions;
  id: string;
  /** Findings that fail only because of this one (error localisation): listed inside this card. */
  consequences?: readonly Finding[];
}) {
  const tr = useT();
  const place = { sheet: finding.sheet, cell: finding.cell };
  const severity = markedSeverity(finding);
  return (
    <li
      className={`finding finding-${severity}`}
      aria-labelledby={`${id}-title`}
      data-finding-cell={finding.cell}
      data-finding-rule={finding.rule}
    >
      <div className="finding-head" id={`${id}-title`}>
        <SeverityLabel severity={severity} />{' '}
        <span className="finding-cell">{tr('cellLabel', { cell: finding.cell })}</span>
      </div>
      <p className="finding-message">{finding.message}</p>
      {/* A finding about a missing explanation has no figures: no "expected — actual —" line then. */}
      {(hasValue(finding.expected) || hasValue(finding.actual)) && (
        <dl className="finding-values">
          <div>
            <dt>{tr('expected')}</dt>
            <dd>{shown(finding.expected)}</dd>
          </div>
          <div>
            <dt>{tr('actual')}</dt>
            <dd>{shown(finding.actual)}</dd>
          </div>
        </dl>
      )}
      <div className="finding-actions">
        {/* One filled button per pane, never per card: 修正 is a plain button, 定位 and 忽略 quieter still. */}
        {finding.fix !== undefined && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => actions.onFix(finding)}
            aria-label={tr('fixAria', { ...place, value: finding.expected ?? String(finding.fix) })}
          >
            {tr('fix')}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          onClick={() => actions.onGoTo(finding)}
          aria-label={tr('goToAria', place)}
        >
          {tr('goTo')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          className="finding-ignore"
          disabled={busy}
          onClick={() => actions.onIgnore(finding)}
          aria-label={tr('ignoreAria', place)}
        >
          {tr('ignore')}
        </Button>
      </div>
      {consequences.length > 0 && (
        <div className="consequences" data-testid="consequences">
          <p className="consequences-title" id={`${id}-consequences`}>
            {tr('consequencesTitle')}
          </p>
          <ul aria-labelledby={`${id}-consequences`}>
            {consequences.map((consequence) => (
              <li
                key={`${consequence.sheet}!${consequence.cell}#${consequence.rule}`}
                data-finding-cell={consequence.cell}
                data-finding-rule={consequence.rule}
                data-consequence-of={finding.cell}
              >
                <span className="finding-cell">{tr('cellLabel', { cell: consequence.cell })}</span>{' '}
                <span className="consequence-message">{consequence.message}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => actions.onGoTo(consequence)}
                  aria-label={tr('goToAria', { sheet: consequence.sheet, cell: consequence.cell })}
                >
                  {tr('goTo')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
