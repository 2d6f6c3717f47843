import type { Severity } from '../../engine/rules/types';
// The plain colour table only: the pane shows the same fills the adapter paints, and touches no Office API.
import { SEVERITY_FILL } from '../../host/marking';
import type { MessageKey } from '../messages';
import { useT } from './i18n';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const TEXT: Record<Severity, MessageKey> = {
  error: 'legendError',
  warning: 'legendWarning',
  info: 'legendInfo',
};

/** What each cell fill in the sheet means, said in words; the swatch only repeats it. */
export function HighlightLegend() {
  const tr = useT();
  return (
    <div className="highlight-legend" data-testid="highlight-legend">
      <p id="highlight-legend-title" className="legend-title">
        {tr('legendTitle')}
      </p>
      <ul className="legend-items" aria-labelledby="highlight-legend-title">
        {ORDER.map((severity) => (
          <li key={severity} data-legend-severity={severity}>
            <span
              aria-hidden="true"
              className="legend-swatch"
              style={{ backgroundColor: SEVERITY_FILL[severity] }}
            />
            {tr(TEXT[severity])}
          </li>
        ))}
      </ul>
    </div>
  );
}
