// Removing our notes. The batch deletes them directly; if a clerk already deleted one by hand the batch fails
// with ItemNotFound, and we look up which notes remain and try once more.
import { SheetCache } from './batch';
import { errorCode } from './errors';

export interface NoteAt {
  readonly sheet: string;
  readonly cell: string;
}

/** Queues `queueFirst` (a record that must be written before anything it describes), then `notes` deletions,
 *  then `queueRest`, and syncs; one sync unless a note vanished by hand. */
export async function syncRemovingNotes(
  context: Excel.RequestContext,
  notes: readonly NoteAt[],
  queueRest: (sheets: SheetCache) => void,
  queueFirst: () => void = () => undefined,
): Promise<void> {
  const first = new SheetCache(context);
  queueFirst();
  for (const note of notes) first.get(note.sheet).notes.getItem(note.cell).delete();
  queueRest(first);
  try {
    await context.sync();
    return;
  } catch (error) {
    // Only a vanished note is worth a second try; any other refusal stands (the batch's own record says what
    // took effect), and re-running a part-applied batch would add notes twice.
    if (notes.length === 0 || errorCode(error) !== 'ItemNotFound') throw error;
  }
  const probe = new SheetCache(context);
  const found = notes.map((note) => ({
    note,
    item: probe.get(note.sheet).notes.getItemOrNullObject(note.cell).load('content'),
  }));
  await context.sync();
  const retry = new SheetCache(context);
  queueFirst();
  for (const { note, item } of found)
    if (!item.isNullObject) retry.get(note.sheet).notes.getItem(note.cell).delete();
  queueRest(retry);
  await context.sync();
}
