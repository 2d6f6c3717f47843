import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { CellFix } from '../../host/port';
import type { Finding } from '../../engine/rules/types';
import { useT } from './i18n';

export function FixAllDialog(props: {
  open: boolean;
  fixes: readonly { finding: Finding; fix: CellFix }[];
  onConfirm(): void;
  onCancel(): void;
}) {
  const tr = useT();
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => (data.open ? undefined : props.onCancel())}>
      <DialogSurface aria-describedby="fix-all-body">
        <DialogBody>
          <DialogTitle>{tr('fixAllTitle')}</DialogTitle>
          <DialogContent id="fix-all-body">
            <p>{tr('fixAllBody', { n: props.fixes.length })}</p>
            <ul className="fix-all-list">
              {props.fixes.map(({ finding, fix }) => (
                <li key={`${fix.sheet}!${fix.cell}`}>
                  {tr('fixAllLine', {
                    sheet: fix.sheet,
                    cell: fix.cell,
                    from: finding.actual ?? '—',
                    to: finding.expected ?? String(fix.value),
                  })}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {tr('fixAllConfirm')}
            </Button>
            <Button onClick={props.onCancel}>{tr('cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
