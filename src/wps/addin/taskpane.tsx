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
  mountPane(root, {
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
  });
}

void start();
