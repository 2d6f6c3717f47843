// The machines' format. Its shape is documented in README and must not change:
// { files: [ { file, tables: [ { sheet, kind, range, profile } ], findings: [Finding] } ], failed: [ { file, reason, message, cause? } ] }
// (cause: the refusal's figures, read-grids.ts / read-messages.ts).
// Written file by file as the run goes, byte for byte what JSON.stringify({ files, failed }, null, 2) gives.
import { failedFiles, isUnreadable, type CheckedFile, type FileOutcome } from '../report/outcome';
import { formatWhole } from './streamed';
import type { FormatStream, Formatter } from './types';

export const jsonFormatter: Formatter = {
  id: 'json',
  extensions: ['.json'],
  stream: () => new JsonStream(),
  format: (outcomes) => formatWhole(new JsonStream(), outcomes),
};

class JsonStream implements FormatStream {
  /** The latest file's entry, held back: whether a comma follows it is known only when the next one comes. */
  private held: string | undefined;
  private opened = false;

  next(outcome: FileOutcome): string | undefined {
    if (isUnreadable(outcome)) return undefined;
    const previous = this.held;
    this.held = nested(JSON.stringify(entryOf(outcome), null, 2), '    ');
    return previous === undefined ? undefined : `${this.opening()}${previous},`;
  }

  end(outcomes: readonly FileOutcome[]): string {
    const failed = `  "failed": ${nested(JSON.stringify(failedFiles(outcomes), null, 2), '  ').trimStart()}\n}`;
    if (this.held === undefined) return `{\n  "files": [],\n${failed}`;
    return `${this.opening()}${this.held}\n  ],\n${failed}`;
  }

  private opening(): string {
    if (this.opened) return '';
    this.opened = true;
    return '{\n  "files": [\n';
  }
}

function entryOf(report: CheckedFile) {
  return {
    file: report.file,
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      range: t.range,
      ...(t.profile ? { profile: t.profile } : {}),
    })),
    findings: report.findings,
  };
}

/** JSON text indented as it stands inside the whole document (strings hold no raw newline: JSON escapes them). */
function nested(json: string, indent: string): string {
  return indent + json.replaceAll('\n', `\n${indent}`);
}
