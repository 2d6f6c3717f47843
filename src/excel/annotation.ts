// The note we put on a highlighted cell: the finding in the clerk's language plus expected vs actual.
import type { Finding } from '../engine/rules/types';

export const NOTE_MARKER = '[selfeval]';

export function noteText(findings: readonly Finding[]): string {
  const lines = [NOTE_MARKER];
  for (const finding of findings) {
    lines.push(finding.message);
    if (finding.expected !== null) lines.push(`期望 Expected: ${finding.expected}`);
    if (finding.actual !== null) lines.push(`实际 Actual: ${finding.actual}`);
  }
  return lines.join('\n');
}
