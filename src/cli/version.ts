// The version `selfeval --version` prints: package.json's, found upwards from this file (src/cli when run from
// source, dist/cli/cli when built).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export function packageVersion(): string {
  let dir = __dirname;
  for (let up = 0; up < 5; up++) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (json.name === 'selfeval' && json.version) return json.version;
    } catch {
      /* not here: look one folder up */
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}
