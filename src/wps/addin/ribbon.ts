// The ribbon page's script (index.html). WPS calls the callbacks named in ribbon.xml as globals of this page, by
// dotted path: "ribbon.OnAction" [notes §1.3: the et_react template's window.ribbon]. A bundle defines no globals
// of its own, so the object is put on window explicitly.
import { probeWps, type ProbeReport } from '../probe';
import { clearMarks, insertIndicators, showStatus, togglePane, validateSheet } from './commands';

interface RibbonControl {
  readonly Id: string;
}

interface RibbonUi {
  Invalidate(): void;
  InvalidateControl(id: string): void;
}

const IMAGES: Readonly<Record<string, string>> = {
  selfevalValidate: 'images/validate.svg',
  selfevalClear: 'images/clear.svg',
  selfevalPane: 'images/pane.svg',
  selfevalInsert: 'images/insert.svg',
};

function base(): string {
  return location.href.split('?')[0].split('#')[0];
}

let ribbonUi: RibbonUi | undefined;
/** One button at a time: a second click while a check runs would interleave writes. */
let busy: Promise<void> = Promise.resolve();

/** Runs one button's action after the previous one; a failure is said in the status bar (an alert() would block
 *  WPS), e.g. when no workbook is open. */
function run(action: () => Promise<void> | void): void {
  busy = busy.then(action).catch((error: unknown) => {
    console.error('selfeval', error);
    showStatus(`selfeval: ${error instanceof Error ? error.message : String(error)}`);
  });
}

export const ribbon = {
  OnAddinLoad(ui: RibbonUi): boolean {
    ribbonUi = ui;
    return true;
  },
  OnAction(control: RibbonControl): void {
    switch (control.Id) {
      case 'selfevalValidate':
        run(() => validateSheet(base()));
        break;
      case 'selfevalClear':
        run(() => clearMarks(base()));
        break;
      case 'selfevalPane':
        run(() => togglePane(base()));
        break;
      case 'selfevalInsert':
        run(() => insertIndicators(base()));
        break;
    }
  },
  GetImage(control: RibbonControl): string {
    return IMAGES[control.Id] ?? '';
  },
  /** For a developer in the ribbon page's debugger (ALT+F12): what this WPS does where the sources are silent. */
  Probe(): ProbeReport {
    return probeWps();
  },
  /** For tests and the preview: the RibbonUI WPS handed over, and the queue of button actions. */
  settled: (): Promise<void> => busy,
  ui: (): RibbonUi | undefined => ribbonUi,
};

declare global {
  interface Window {
    ribbon?: typeof ribbon;
  }
}

if (typeof window !== 'undefined') window.ribbon = ribbon;
