// The browser preview, a try-out of the add-in: a workbook in a simulated Excel (a built-in sample, another sample,
// or the reviewer's own .xlsx read in the browser) and the real pane working on it through the real adapter.
// Query: ?lang=en-US (Office display language), ?paneWidth=320 (pane column in px), ?excelApi=1.8 (host version).
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { pickLang } from '../app/preferences';
import { createExcelPort } from '../excel';
import { installSimHost, parseState, type SimHostHandle, type SimWorkbookState } from '../simhost';
import { mountPane, unmountPane } from '../taskpane/mount';
import { previewText } from './messages';
import { PreviewHeader } from './PreviewHeader';
import sample from './sample-state.json';
import { PREVIEW_SAMPLES } from './samples';
import { SheetView } from './SheetView';

declare global {
  interface Window {
    /** The simulated host, for browser tests to inspect the workbook. */
    __simHost?: SimHostHandle;
  }
}

const params = new URLSearchParams(location.search);
const displayLanguage = params.get('lang') ?? 'zh-CN';
const lang = pickLang(displayLanguage);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
const paneWidth = Number(params.get('paneWidth'));
if (paneWidth > 0) document.documentElement.style.setProperty('--pane-width', `${paneWidth}px`);

const paneElement = document.getElementById('pane')!;
const sheetRoot = createRoot(document.getElementById('sheet')!);
let opened = 0;

/** Puts a workbook in a fresh simulated Excel and gives it a fresh pane, as opening a file in Excel would. */
function open(state: SimWorkbookState): void {
  unmountPane(paneElement);
  window.__simHost?.uninstall();
  const handle = installSimHost(state, { excelApi: params.get('excelApi') ?? undefined });
  window.__simHost = handle;
  sheetRoot.render(<SheetView key={++opened} handle={handle} />);
  mountPane(paneElement, { port: createExcelPort(), displayLanguage });
}

async function readXlsx(data: ArrayBuffer, name: string): Promise<SimWorkbookState> {
  // ExcelJS (~900 kB) loads only when a reviewer opens a workbook other than the built-in one.
  const { simStateFromBuffer } = await import(/* webpackChunkName: "xlsx-reader" */ './xlsx-state');
  return simStateFromBuffer(data, name);
}

type Status = { text: string; error: boolean } | null;

function Header() {
  const [chosen, setChosen] = useState(0);
  const [ownFile, setOwnFile] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [dragging, setDragging] = useState(false);

  const load = async (name: string, read: () => Promise<ArrayBuffer>, index: number) => {
    if (!/\.xlsx$/i.test(name)) {
      setStatus({ text: previewText(lang, 'notXlsx', { name }), error: true });
      return;
    }
    setStatus({ text: previewText(lang, 'loading', { name }), error: false });
    try {
      const state = await readXlsx(await read(), name);
      open(state);
      setChosen(index);
      setOwnFile(index === -1 ? name : null);
      setStatus({ text: previewText(lang, 'loaded', { name }), error: false });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ text: previewText(lang, 'failed', { name, detail }), error: true });
    }
  };
  const onFile = (file: File) => void load(file.name, () => file.arrayBuffer(), -1);
  const onSample = (index: number) => {
    const entry = PREVIEW_SAMPLES[index];
    if (!entry) return;
    if (entry.file === null) {
      open(parseState(JSON.stringify(sample)));
      setChosen(index);
      setOwnFile(null);
      setStatus(null);
      return;
    }
    const file = entry.file;
    void load(
      file,
      async () => {
        const response = await fetch(`samples/${encodeURIComponent(file)}`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      },
      index,
    );
  };

  // Drag and drop anywhere on the page opens the dropped .xlsx.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <PreviewHeader
        lang={lang}
        sample={chosen}
        ownFile={ownFile}
        status={status}
        onSample={onSample}
        onFile={onFile}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {previewText(lang, 'dropHere')}
        </div>
      )}
    </>
  );
}

createRoot(document.getElementById('preview-header')!).render(<Header />);
open(parseState(JSON.stringify(sample)));
