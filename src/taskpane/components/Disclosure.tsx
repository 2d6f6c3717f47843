// A quiet toggle that shows or hides a list below it (the ignored findings, the tables' profiles): one place for
// its state and its aria-expanded/aria-controls wiring.
import { Button } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

export function Disclosure(props: {
  className: string;
  testId: string;
  /** The toggle's words, open or closed. */
  label(open: boolean): string;
  /** The list, given the id the toggle controls. */
  children(listId: string): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className={props.className} data-testid={props.testId}>
      <Button
        size="small"
        appearance="transparent"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        data-testid={`${props.testId}-toggle`}
      >
        {props.label(open)}
      </Button>
      {open && props.children(listId)}
    </div>
  );
}
