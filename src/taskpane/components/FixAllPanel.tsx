// "全部修正" as a panel in the pane, not a modal dialog: the sheet beside the pane stays visible (and usable), so the
// clerk can look at each cell before writing. Each line goes to its cell.
import { Button, Link } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { CellFix } from '../../host/port';
import type { Finding } from '../../engine/rules/types';
import { useT } from './i18n';

export function FixAllPanel(props: {
  fixes: readonly { finding: Finding; fix: CellFix }[];
  busy: boolean;
  onGoTo(finding: Finding): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const tr = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section className="fix-all-panel" aria-labelledby="fix-all-title" data-testid="fix-all-panel">
      <h3 id="fix-all-title" tabIndex={-1} ref={heading}>
        {tr('fixAllTitle')}
      </h3>
      <p id="fix-all-body">{tr('fixAllBody', { n: props.fixes.length })}</p>
      <ul className="fix-all-list" aria-describedby="fix-all-body">
        {props.fixes.map(({ finding, fix }) => (
          <li key={`${fix.sheet}!${fix.cell}`} data-fix-cell={fix.cell}>
            <Link
              as="button"
              onClick={() => props.onGoTo(finding)}
              aria-label={tr('fixAllCellAria', { sheet: fix.sheet, cell: fix.cell })}
            >
              {fix.cell}
            </Link>
            <span className="fix-all-sheet">{fix.sheet}</span>
            <span className="fix-all-values">
              {tr('fixAllFromTo', { from: finding.actual ?? '—', to: finding.expected ?? String(fix.value) })}
            </span>
          </li>
        ))}
      </ul>
      <div className="row">
        <Button
          appearance="primary"
          disabled={props.busy}
          onClick={props.onConfirm}
          data-testid="fix-all-confirm"
        >
          {tr('fixAllConfirm')}
        </Button>
        <Button onClick={props.onCancel} data-testid="fix-all-cancel">
          {tr('cancel')}
        </Button>
      </div>
    </section>
  );
}
