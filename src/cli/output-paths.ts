/**
 * Where each input's copy goes under --out, decided for the whole run before anything is written:
 *   - an input found by walking a folder keeps its path relative to that folder (da/x.xlsx and db/x.xlsx from
 *     one folder argument stay apart);
 *   - inputs given directly go flat into --out; same-named ones are told apart by their parent folder
 *     ("x (da).xlsx", "x (db).xlsx");
 *   - a copy never lands on an input: identity is the file itself (device and inode, so symlinks, hard links,
 *     "./" spellings and letter case all count), and such a copy is named "x.checked.xlsx" instead.
 * Copies are always .xlsx (an .xls input gets an .xlsx copy).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface OutputInput {
  readonly path: string;
  /** The folder given on the command line this input was found in; undefined for a file given directly. */
  readonly root?: string;
}

export type OutputTarget =
  | { readonly ok: true; readonly target: string }
  | {
      readonly ok: false;
      readonly reason: 'out-not-a-folder' | 'collides-with-input';
      readonly detail: string;
    };

interface FileId {
  readonly dev: number;
  readonly ino: number;
}

export async function planOutputPaths(
  inputs: readonly OutputInput[],
  outDir: string,
  suffix = '.checked',
): Promise<Map<string, OutputTarget>> {
  const results = new Map<string, OutputTarget>();
  const out = path.resolve(outDir);
  const outStat = await statOrUndefined(out);
  if (outStat && !outStat.isDirectory()) {
    for (const input of inputs)
      results.set(input.path, { ok: false, reason: 'out-not-a-folder', detail: out });
    return results;
  }
  const inputIds = (await Promise.all(inputs.map((input) => statOrUndefined(input.path)))).flatMap((stat) =>
    stat ? [{ dev: stat.dev, ino: stat.ino }] : [],
  );
  const inputKeys = new Set(await Promise.all(inputs.map((input) => realKey(input.path))));

  const wanted = inputs.map((input) => ({ input, relative: relativeName(input) }));
  const flatCounts = countBy(wanted.filter((w) => !w.input.root).map((w) => key(w.relative)));
  const taken = new Set<string>();
  for (const { input, relative } of wanted) {
    let name = relative;
    if (!input.root && (flatCounts.get(key(relative)) ?? 0) > 1) name = withParent(input.path, relative);
    let target = path.join(out, name);
    let attempt = 1;
    // Another input, or another copy of this run, already has the place: try "x.checked", "x.checked-2", …
    while (taken.has(key(target)) || (await isAnInput(target, inputIds, inputKeys))) {
      const ext = path.extname(name);
      const stem = name.slice(0, name.length - ext.length);
      target = path.join(out, `${stem}${suffix}${attempt > 1 ? `-${attempt}` : ''}${ext}`);
      attempt++;
      if (attempt > 100) break;
    }
    if (attempt > 100) {
      results.set(input.path, { ok: false, reason: 'collides-with-input', detail: target });
      continue;
    }
    taken.add(key(target));
    results.set(input.path, { ok: true, target });
  }
  return results;
}

/** True when `file` is, by real identity, one of the inputs. Checked again right before each write. */
export async function isAnInput(
  file: string,
  inputIds: readonly FileId[],
  inputKeys: ReadonlySet<string>,
): Promise<boolean> {
  const stat = await statOrUndefined(file);
  if (stat && inputIds.some((id) => id.dev === stat.dev && id.ino === stat.ino)) return true;
  return inputKeys.has(await realKey(file));
}

function relativeName(input: OutputInput): string {
  const base = input.root
    ? path.relative(path.resolve(input.root), path.resolve(input.path))
    : path.basename(input.path);
  // A root that does not contain the file (should not happen) falls back to the bare name.
  const safe = base.startsWith('..') || path.isAbsolute(base) ? path.basename(input.path) : base;
  return safe.replace(/\.(xls|xlsm|xlsx)$/i, (ext) => (ext.toLowerCase() === '.xls' ? '.xlsx' : ext));
}

function withParent(file: string, name: string): string {
  const parent = path.basename(path.dirname(path.resolve(file))) || 'root';
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${parent})${ext}`;
}

/** The real path as far as it exists, the rest appended; lower-cased so case-insensitive disks compare right. */
async function realKey(file: string): Promise<string> {
  let existing = path.resolve(file);
  const rest: string[] = [];
  for (;;) {
    try {
      const real = await fs.realpath(existing);
      return key(path.join(real, ...rest.reverse()));
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return key(path.resolve(file));
      rest.push(path.basename(existing));
      existing = parent;
    }
  }
}

function key(file: string): string {
  return path.normalize(file).toLowerCase();
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}
