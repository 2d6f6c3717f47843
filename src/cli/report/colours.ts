// The report's severity colours: the same fills the annotated copies use (Excel's "bad" / "neutral" styles),
// kept in this one place so they can follow the shared marking once it moves into src/host/.
import type { Severity } from '../../engine/rules/types';

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'DDEBF7',
};

/** Text on those fills (Excel's matching font colours). */
export const SEVERITY_INK: Readonly<Record<Severity, string>> = {
  error: '9C0006',
  warning: '9C5700',
  info: '1F4E79',
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };
