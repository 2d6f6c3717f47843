// The task pane inside Excel: Office's globals in, a WorkbookPort to the pane.
import { createExcelPort } from '../excel';
import { t, type MessageKey } from './messages';
import { mountPane } from './mount';
import { isDarkTheme } from './theme';

Office.onReady(async () => {
  const root = document.getElementById('root');
  if (!root) return;
  const port = createExcelPort();
  const lastRun = await port.loadLastRun().catch(() => null);
  mountPane(root, {
    port,
    displayLanguage: Office.context.displayLanguage,
    dark: isDarkTheme(Office.context.officeTheme),
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
});
