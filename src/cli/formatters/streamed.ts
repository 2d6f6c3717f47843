// A streamed format's whole output: what its stream writes, each part a line or lines, joined by newlines as the
// terminal shows them. Formats with a stream define `format` by this, so the two can never differ.
import type { FileOutcome } from '../report/outcome';
import type { FormatStream } from './types';

export function formatWhole(stream: FormatStream, outcomes: readonly FileOutcome[]): string {
  const parts: string[] = [];
  for (const outcome of outcomes) {
    const part = stream.next(outcome);
    if (part !== undefined) parts.push(part);
  }
  parts.push(stream.end(outcomes));
  return parts.join('\n');
}
