// Ribbon commands: "Validate sheet" and "Clear highlights". They drive the same ValidationSession as the pane
// (src/app), so the ribbon and the pane check and highlight in exactly the same way; this file only wires
// Office's command events.
import { createExcelPort } from '../excel';
import { countBySeverity } from '../app/grouping';
import { pickLang, storedLang } from '../app/preferences';
import { ValidationSession } from '../app/validation-session';

type CommandPort = ReturnType<typeof createExcelPort>;
let port: CommandPort | undefined;
function getPort(): CommandPort {
  port ??= createExcelPort();
  return port;
}

/** Checks the active sheet, highlights what it finds, and brings the pane up to show the list. */
export async function validateSheet(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    // With a shared runtime the pane lives in this window: let it do the work so its list updates too.
    const paneSession = typeof window !== 'undefined' ? window.__paneSession : undefined;
    const session =
      paneSession ??
      new ValidationSession(getPort(), { lang: storedLang() ?? pickLang(Office.context.displayLanguage) });
    await session.validate('active-sheet');
    const state = session.getState();
    if (state.status === 'ready') {
      const snapshotSheet = state.findings[0]?.sheet ?? state.tables[0]?.sheet ?? '';
      await getPort().saveLastRun({
        at: new Date().toISOString(),
        sheet: snapshotSheet,
        counts: countBySeverity(state.findings),
        tables: state.tables.length,
      });
    }
    await showPane();
  } finally {
    event?.completed();
  }
}

export async function clearHighlights(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    const paneSession = typeof window !== 'undefined' ? window.__paneSession : undefined;
    if (paneSession) await paneSession.clearHighlights();
    else await getPort().clearHighlights();
  } catch {
    // A ribbon command has nowhere to show an error; the pane's own button reports failures.
  } finally {
    event?.completed();
  }
}

async function showPane(): Promise<void> {
  // showAsTaskpane needs a shared runtime (SharedRuntime 1.1); elsewhere the saved summary waits for the pane.
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return;
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Hosts that list the set but refuse (e.g. pane closed by policy) leave the highlights as the result.
  }
}

Office.onReady(() => {
  Office.actions.associate('validateSheet', validateSheet);
  Office.actions.associate('clearHighlights', clearHighlights);
});
