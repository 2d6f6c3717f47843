// What the ribbon's buttons do (校验本表, 清除标记, 显示窗格, 插入指标), over the WPS port and the same validation
// session as the pane. No UI here: the pane shows results; the status bar says what a button did, because an
// alert() would block WPS [notes §4.4].
import type { Lang } from '../../engine/rules/types';
import { countBySeverity } from '../../app/grouping';
import { pickLang, storedLang } from '../../app/preferences';
import { ValidationSession } from '../../app/validation-session';
import { wpsApplication, type EtTaskPane } from '../api';
import { createWpsPort } from '../index';

/** PluginStorage is shared by the wps/et/wpp hosts of one add-in and pane ids restart per host: key by host
 *  [notes §1.5: AWD wpsDoc.js]. */
export const PANE_ID_KEY = 'selfeval_taskpane_et';
export const PANE_TITLE = '绩效自评校验';
const DOCK_RIGHT = 2; // msoCTPDockPositionRight; numeric, Application.Enum may be missing [notes §1.4]
const PANE_WIDTH = 380;

export type PaneView = 'check' | 'insert';

/** The pane's address beside the ribbon page: WPS loads both from the add-in's folder or URL. */
export function paneUrl(base: string, query: Record<string, string> = {}): string {
  const folder = base.slice(0, base.lastIndexOf('/') + 1);
  const search = new URLSearchParams(query).toString();
  return `${folder}taskpane.html${search ? `?${search}` : ''}`;
}

function lang(): Lang {
  return storedLang() ?? pickLang(typeof navigator === 'undefined' ? 'zh-CN' : navigator.language);
}

export function showStatus(text: string): void {
  try {
    wpsApplication().StatusBar = text;
  } catch {
    // a build without a status bar: nothing to say it with
  }
}

/** The pane, made once and shown; a stale id (pane closed, WPS restarted) makes a new one [AWD ribbon.js]. With
 *  `reload` the page is loaded afresh, so it shows what the ribbon just did. */
export function showPane(base: string, query: Record<string, string> = {}, reload = false): EtTaskPane {
  const application = wpsApplication();
  const url = paneUrl(base, query);
  const id = application.PluginStorage.getItem(PANE_ID_KEY);
  let pane: EtTaskPane | null = null;
  if (id !== null) {
    try {
      pane = application.GetTaskPane(Number(id));
      if (reload) pane.Navigate(url);
    } catch {
      pane = null;
    }
  }
  if (!pane) {
    pane = application.CreateTaskPane(url, PANE_TITLE);
    application.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
    pane.DockPosition = DOCK_RIGHT;
    pane.Width = PANE_WIDTH;
  }
  pane.Visible = true;
  return pane;
}

export function togglePane(base: string): void {
  const application = wpsApplication();
  const id = application.PluginStorage.getItem(PANE_ID_KEY);
  if (id !== null) {
    try {
      const pane = application.GetTaskPane(Number(id));
      pane.Visible = !pane.Visible;
      return;
    } catch {
      // stale: make a new one below
    }
  }
  showPane(base);
}

/** 校验本表: checks the active sheet, highlights, remembers the result in the workbook, shows the pane. */
export async function validateSheet(base: string): Promise<void> {
  const port = createWpsPort();
  const session = new ValidationSession(port, { lang: lang() });
  await session.validate('active-sheet');
  const state = session.getState();
  if (state.status !== 'ready') {
    showStatus(`selfeval: ${state.error ?? '校验失败 Validation failed'}`);
    return;
  }
  const counts = countBySeverity(state.findings);
  await port.saveLastRun({
    at: new Date().toISOString(),
    sheet: state.findings[0]?.sheet ?? state.tables[0]?.sheet ?? '',
    counts,
    tables: state.tables.length,
  });
  showStatus(`selfeval: 错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
  showPane(base, { after: 'ribbon' }, true);
}

/** 清除标记: takes every highlight off; an open pane is reloaded so its list does not point at cleared cells. */
export async function clearMarks(base: string): Promise<void> {
  const cleared = await createWpsPort().clearHighlights();
  showStatus(`selfeval: 已清除 ${cleared} 个单元格的标记`);
  const application = wpsApplication();
  const id = application.PluginStorage.getItem(PANE_ID_KEY);
  if (id === null) return;
  try {
    const pane = application.GetTaskPane(Number(id));
    if (pane.Visible) pane.Navigate(paneUrl(base));
  } catch {
    // no pane open
  }
}

export function insertIndicators(base: string): void {
  showPane(base, { view: 'insert' }, true);
}
