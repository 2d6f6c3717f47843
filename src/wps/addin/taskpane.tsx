// The task pane inside WPS 表格: the same React pane as in Excel, on the WPS port. WPS opens it with
// CreateTaskPane (./commands.ts); `?view=insert` comes from the 插入指标 button, `?after=ribbon` after 校验本表.
import { createWpsPort } from '../index';
import { t, type MessageKey } from '../../taskpane/messages';
import { mountPane } from '../../taskpane/mount';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const port = createWpsPort();
  const lastRun = await port.loadLastRun().catch(() => null);
  const params = new URLSearchParams(location.search);
  const session = mountPane(root, {
    port,
    displayLanguage: navigator.language,
    lastRibbonRun: lastRun
      ? (lang) =>
          t(lang, 'lastRibbonRun' satisfies MessageKey, {
            time: new Date(lastRun.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
            errors: lastRun.counts.error,
            warnings: lastRun.counts.warning,
            notes: lastRun.counts.info,
          })
      : undefined,
    initialView: params.get('view') === 'insert' ? 'insert' : 'check',
  });
  // After 校验本表 the ribbon has checked and highlighted; the pane checks again to list what it found.
  if (params.get('after') === 'ribbon') await session.validate('active-sheet');
}

void start();
