// The WPS preview: the sample workbook in a simulated WPS 表格, the real pane on the real WPS adapter beside it,
// and the add-in's ribbon callbacks behind four buttons. Query: ?lang=en-US, ?paneWidth=320.
import { createRoot } from 'react-dom/client';
import { bookFromExcelSim, installSimWps, type ExcelSimLike, type SimWpsHandle } from '../simwps';
import { mountPane } from '../taskpane/mount';
import { createWpsPort } from '../wps';
import '../wps/addin/ribbon';
import sample from './sample-state.json';
import { WpsSheetView } from './WpsSheetView';

declare global {
  interface Window {
    /** The simulated WPS host, for browser tests to inspect the workbook. */
    __simWps?: SimWpsHandle;
  }
}

const params = new URLSearchParams(location.search);
const handle = installSimWps(bookFromExcelSim(sample as unknown as ExcelSimLike));
window.__simWps = handle;

const paneWidth = Number(params.get('paneWidth'));
if (paneWidth > 0) document.documentElement.style.setProperty('--pane-width', `${paneWidth}px`);

createRoot(document.getElementById('sheet')!).render(<WpsSheetView handle={handle} />);
mountPane(document.getElementById('pane')!, {
  port: createWpsPort(),
  displayLanguage: params.get('lang') ?? 'zh-CN',
});
