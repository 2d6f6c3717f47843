// "已忽略 N 条 · 显示": the findings the clerk ignored in this workbook, each with 恢复 to list it again.
import { Button } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Finding } from '../../engine/rules/types';
import { useT } from './i18n';
import { SeverityGlyph } from './SeverityLabel';

export function IgnoredList(props: {
  ignored: readonly Finding[];
  busy: boolean;
  onRestore(finding: Finding): void;
}) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const n = props.ignored.length;
  if (n === 0) return null;
  return (
    <div className="ignored" data-testid="ignored">
      <Button
        size="small"
        appearance="transparent"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        data-testid="ignored-toggle"
      >
        {tr(open ? 'ignoredHide' : 'ignoredShow', { n })}
      </Button>
      {open && (
        <ul id={listId} className="ignored-list" aria-label={tr('ignoredListLabel')}>
          {props.ignored.map((finding) => (
            <li key={`${finding.sheet}!${finding.cell}#${finding.rule}`} data-ignored-cell={finding.cell}>
              <div className="ignored-text">
                <SeverityGlyph severity={finding.severity} />{' '}
                <span className="finding-cell">{tr('cellLabel', { cell: finding.cell })}</span>{' '}
                <span className="ignored-message">{finding.message}</span>
              </div>
              <Button
                size="small"
                disabled={props.busy}
                onClick={() => props.onRestore(finding)}
                aria-label={tr('restoreAria', { sheet: finding.sheet, cell: finding.cell })}
              >
                {tr('restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
