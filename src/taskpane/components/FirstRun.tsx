import { Button } from '@fluentui/react-components';
import { useT } from './i18n';

/** Shown once, before the first validation: what the add-in does in two lines. Validating dismisses it too;
 *  the only action here is to put it away, so 校验本表 stays the one primary button. */
export function FirstRun({ onDismiss }: { onDismiss(): void }) {
  const tr = useT();
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{tr('firstRunTitle')}</h2>
      <p>{tr('firstRunLine1')}</p>
      <p>{tr('firstRunLine2')}</p>
      <Button size="small" appearance="transparent" onClick={onDismiss} data-testid="first-run-dismiss">
        {tr('firstRunDismiss')}
      </Button>
    </section>
  );
}
