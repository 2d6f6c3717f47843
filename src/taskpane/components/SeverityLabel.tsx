import type { Severity } from '../../engine/rules/types';
import type { MessageKey } from '../messages';
import { useT } from './i18n';

const GLYPH: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const LABEL: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** The shape alone, beside text that already names the severity. */
export function SeverityGlyph({ severity }: { severity: Severity }) {
  return (
    <span aria-hidden="true" className={`severity-glyph severity-${severity}`}>
      {GLYPH[severity]}
    </span>
  );
}

/** Severity as a shape and a word, so it never rests on colour alone. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const tr = useT();
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true" className="severity-glyph">
        {GLYPH[severity]}
      </span>{' '}
      {tr(LABEL[severity])}
    </span>
  );
}
