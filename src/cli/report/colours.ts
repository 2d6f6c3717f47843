// The report's severity colours: the fills the add-in and the annotated copies mark cells with (src/host/marking),
// and the matching dark text Excel's own "Bad" / "Neutral" styles use on them.
import type { Severity } from '../../engine/rules/types';
import { SEVERITY_FILL as MARKING_FILL } from '../../host/marking';

/** RRGGBB without '#', as both ExcelJS (after "FF") and CSS (after "#") take it. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: MARKING_FILL.error.replace('#', ''),
  warning: MARKING_FILL.warning.replace('#', ''),
  info: MARKING_FILL.info.replace('#', ''),
};

/** Text on those fills. */
export const SEVERITY_INK: Readonly<Record<Severity, string>> = {
  error: '9C0006',
  warning: '9C5700',
  info: '1F4E79',
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };
