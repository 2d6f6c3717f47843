// Mounts the pane on any page that can give it a WorkbookPort: Excel's task pane, or the browser preview.
import { createRoot, type Root } from 'react-dom/client';
import type { Lang } from '../engine/rules/types';
import { supportsBlockInsert, type WorkbookPort } from '../host/port';
import { InsertSession } from '../app/insert-session';
import { App } from './components/App';
import { pickLang, storedLang } from '../app/preferences';
import { injectPaneStyles } from './styles';
import { ValidationSession } from '../app/validation-session';

declare global {
  interface Window {
    /** performance.now() at the pane's first interactive render; read by the bench and browser tests. */
    __paneReady?: number;
    __paneSession?: ValidationSession;
    __insertSession?: InsertSession;
  }
}

export interface MountOptions {
  readonly port: WorkbookPort;
  readonly displayLanguage?: string;
  readonly dark?: boolean;
  readonly lastRibbonRun?: (lang: Lang) => string | undefined;
  readonly initialView?: 'check' | 'insert';
}

const roots = new WeakMap<HTMLElement, { root: Root; session: ValidationSession }>();

/** Takes the pane off the element again (the preview does when a reviewer opens another workbook). */
export function unmountPane(element: HTMLElement): void {
  const mounted = roots.get(element);
  if (!mounted) return;
  roots.delete(element);
  mounted.root.unmount();
  void mounted.session.dispose();
}

export function mountPane(element: HTMLElement, options: MountOptions): ValidationSession {
  unmountPane(element);
  injectPaneStyles();
  const lang = storedLang() ?? pickLang(options.displayLanguage);
  const session = new ValidationSession(options.port, { lang });
  window.__paneSession = session;
  const port = options.port;
  const insertSession = supportsBlockInsert(port) ? new InsertSession(port, session, lang) : undefined;
  window.__insertSession = insertSession;
  const root = createRoot(element);
  roots.set(element, { root, session });
  root.render(
    <App
      session={session}
      initialLang={lang}
      dark={options.dark ?? false}
      lastRibbonRun={options.lastRibbonRun?.(lang)}
      liveModeAvailable={options.port.capabilities().changeEvents}
      insertSession={insertSession}
      initialView={options.initialView}
      onReady={() => {
        window.__paneReady = performance.now();
      }}
    />,
  );
  return session;
}
