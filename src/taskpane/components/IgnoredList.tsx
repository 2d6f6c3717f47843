// "已忽略 N 条 · 显示": the findings the clerk ignored in this workbook, each with 恢复 to list it again.
import { Button } from '@fluentui/react-components';
import type { Finding } from '../../engine/rules/types';
import { Disclosure } from './Disclosure';
import { useT } from './i18n';
import { SeverityGlyph } from './SeverityLabel';

export function IgnoredList(props: {
  ignored: readonly Finding[];
  busy: boolean;
  onRestore(finding: Finding): void;
}) {
  const tr = useT();
  const n = props.ignored.length;
  if (n === 0) return null;
  return (
    <Disclosure
      className="ignored"
      testId="ignored"
      label={(open) => tr(open ? 'ignoredHide' : 'ignoredShow', { n })}
    >
      {(listId) => (
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
    </Disclosure>
  );
}
