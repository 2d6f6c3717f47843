// The machines' format. Its shape is documented in README and must not change:
// { files: [ { file, tables: [ { sheet, kind, range, profile } ], findings: [Finding] } ], failed: [ { file, reason, message, cause? } ] }
// (cause: the refusal's figures, read-grids.ts / read-messages.ts).
import { failedFiles, isUnreadable } from '../report/outcome';
import type { Formatter } from './types';

export const jsonFormatter: Formatter = {
  id: 'json',
  extensions: ['.json'],
  format(outcomes) {
    const files = outcomes.flatMap((report) =>
      isUnreadable(report)
        ? []
        : [
            {
              file: report.file,
              tables: report.tables.map((t) => ({
                sheet: t.sheet,
                kind: t.kind,
                range: t.range,
                ...(t.profile ? { profile: t.profile } : {}),
              })),
              findings: report.findings,
            },
          ],
    );
    return JSON.stringify({ files, failed: failedFiles(outcomes) }, null, 2);
  },
};
