// The browser preview: the sample workbook in a simulated Excel, and the real pane working on it through the real adapter.
// Query: ?lang=en-US (Office display language), ?paneWidth=320 (pane column in px), ?excelApi=1.8 (host version).
import { createRoot } from 'react-dom/client';
import { createExcelPort } from '../excel';
import { installSimHost, parseState, type SimHostHandle } from '../simhost';
import { mountPane } from '../taskpane/mount';
import sample from './sample-state.json';
import { SheetView } from './SheetView';

declare global {
  interface Window {
    /** The simulated host, for browser tests to inspect the workbook. */
    __simHost?: SimHostHandle;
  }
}

const params = new URLSearchParams(location.search);
const handle = installSimHost(parseState(JSON.stringify(sample)), {
  excelApi: params.get('excelApi') ?? undefined,
});
window.__simHost = handle;

const paneWidth = Number(params.get('paneWidth'));
if (paneWidth > 0) document.documentElement.style.setProperty('--pane-width', `${paneWidth}px`);

createRoot(document.getElementById('sheet')!).render(<SheetView handle={handle} />);
mountPane(document.getElementById('pane')!, {
  port: createExcelPort(),
  displayLanguage: params.get('lang') ?? 'zh-CN',
});
