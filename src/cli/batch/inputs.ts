// Command-line arguments → the workbooks to check. A folder is walked recursively for .xlsx/.xlsm/.xls; every
// input keeps the folder it was found under (`root`), so outputs can keep paths relative to it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { systemFailure, type ReadFailure } from '../read/read-failure';

export interface Input {
  /** The path as given, or joined onto the given folder. */
  readonly path: string;
  /** The folder argument this file was found under; undefined for a file named on the command line. */
  readonly root?: string;
}

export interface InputProblem {
  readonly path: string;
  readonly failure: ReadFailure;
}

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export async function collectInputs(
  args: readonly string[],
): Promise<{ inputs: Input[]; problems: InputProblem[] }> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      // A missing or unreadable file is reported when it is read, with the reason.
      inputs.push({ path: arg });
      continue;
    }
    if (stat.isDirectory()) await walk(arg, arg, inputs, problems);
    else inputs.push({ path: arg });
  }
  return { inputs, problems };
}

async function walk(folder: string, root: string, inputs: Input[], problems: InputProblem[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: folder, failure: systemFailure(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files and Office's lock files (~$name.xlsx) are not workbooks anyone sent.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const full = path.join(folder, entry.name);
    // Symbolic links to folders are not followed (no cycles); links to files are checked.
    if (entry.isDirectory()) await walk(full, root, inputs, problems);
    else if ((entry.isFile() || entry.isSymbolicLink()) && WORKBOOK.test(entry.name))
      inputs.push({ path: full, root });
  }
}
