import { Button } from '@fluentui/react-components';
import { useT } from './i18n';

export function FirstRun({ onValidate, onDismiss }: { onValidate(): void; onDismiss(): void }) {
  const tr = useT();
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{tr('firstRunTitle')}</h2>
      <p>{tr('firstRunLine1')}</p>
      <p>{tr('firstRunLine2')}</p>
      <p>{tr('firstRunLine3')}</p>
      <div className="row">
        <Button appearance="primary" onClick={onValidate}>
          {tr('firstRunValidate')}
        </Button>
        <Button onClick={onDismiss}>{tr('firstRunDismiss')}</Button>
      </div>
    </section>
  );
}
