import {
  Button,
  FluentProvider,
  Select,
  Spinner,
  Switch,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../../engine/rules/types';
import { dismissFirstRun, isFirstRunDismissed, storeLang } from '../../app/preferences';
import { useSessionState } from '../use-session';
import type { ValidationSession } from '../../app/validation-session';
import { FindingGroups } from './FindingGroups';
import { FirstRun } from './FirstRun';
import { FixAllDialog } from './FixAllDialog';
import { InsertView } from './InsertView';
import type { InsertSession } from '../../app/insert-session';
import { LangContext, useT } from './i18n';
import { Summary } from './Summary';
import type { FindingActions } from './FindingCard';

export interface AppProps {
  readonly session: ValidationSession;
  readonly initialLang: Lang;
  readonly dark: boolean;
  /** A summary of the last ribbon run, already worded, shown until the pane validates itself. */
  readonly lastRibbonRun?: string;
  /** Whether the host can report edits (ExcelApi 1.7); hides the live-mode switch when not. */
  readonly liveModeAvailable: boolean;
  readonly onReady?: () => void;
  /** The view shown first (the WPS ribbon's 插入指标 opens the pane on 'insert'); default 'check'. */
  readonly initialView?: 'check' | 'insert';
  /** Present when the port can insert preset blocks: shows the 插入指标 view switch. */
  readonly insertSession?: InsertSession;
}

export function App(props: AppProps) {
  const [lang, setLang] = useState<Lang>(props.initialLang);
  useEffect(() => {
    props.onReady?.();
    // Only the first render marks readiness (empty deps on purpose).
  }, []);
  const changeLang = (next: Lang) => {
    setLang(next);
    storeLang(next);
    void props.session.setLang(next);
  };
  return (
    <FluentProvider
      theme={props.dark ? webDarkTheme : webLightTheme}
      className="pane"
      lang={lang === 'zh' ? 'zh-CN' : 'en-US'}
    >
      <LangContext.Provider value={lang}>
        <Pane {...props} lang={lang} onLangChange={changeLang} />
      </LangContext.Provider>
    </FluentProvider>
  );
}

function Pane(props: AppProps & { lang: Lang; onLangChange(lang: Lang): void }) {
  const tr = useT();
  const { session } = props;
  const state = useSessionState(session);
  const [firstRun, setFirstRun] = useState(() => !isFirstRunDismissed());
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [view, setView] = useState<'check' | 'insert'>(
    props.initialView === 'insert' && props.insertSession ? 'insert' : 'check',
  );
  const busy = state.status === 'validating';
  const pending = session.pendingFixes();

  const closeFirstRun = () => {
    dismissFirstRun();
    setFirstRun(false);
  };
  const actions: FindingActions = {
    onGoTo: (finding) => void session.goTo(finding),
    onFix: (finding) => void session.fix(finding),
    onIgnore: (finding) => void session.ignore(finding),
  };

  return (
    <main className="pane-main">
      <header className="pane-header">
        <h1>{tr('appTitle')}</h1>
        <div className="lang">
          <label htmlFor="lang-select">{tr('language')}</label>
          <Select
            id="lang-select"
            size="small"
            value={props.lang}
            onChange={(_event, data) => props.onLangChange(data.value === 'en' ? 'en' : 'zh')}
          >
            <option value="zh">{tr('langZh')}</option>
            <option value="en">{tr('langEn')}</option>
          </Select>
        </div>
      </header>

      {props.insertSession && (
        <div className="row toolbar" role="group" aria-label={tr('viewsLabel')}>
          <Button
            aria-pressed={view === 'check'}
            appearance={view === 'check' ? 'primary' : 'secondary'}
            onClick={() => setView('check')}
            data-testid="view-check"
          >
            {tr('viewCheck')}
          </Button>
          <Button
            aria-pressed={view === 'insert'}
            appearance={view === 'insert' ? 'primary' : 'secondary'}
            onClick={() => setView('insert')}
            data-testid="view-insert"
          >
            {tr('viewInsert')}
          </Button>
        </div>
      )}
      {view === 'insert' && props.insertSession && <InsertView session={props.insertSession} />}
      {view === 'insert' && state.scope !== null && <Summary state={state} />}

      {view === 'check' && firstRun && (
        <FirstRun
          onValidate={() => {
            closeFirstRun();
            void session.validate('active-sheet');
          }}
          onDismiss={closeFirstRun}
        />
      )}

      {view === 'check' && (
        <>
          <div className="row toolbar" role="group" aria-label={tr('appTitle')}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void session.validate('active-sheet')}
              data-testid="validate-sheet"
            >
              {tr('validateSheet')}
            </Button>
            <Button
              disabled={busy}
              onClick={() => void session.validate('workbook')}
              data-testid="validate-workbook"
            >
              {tr('validateWorkbook')}
            </Button>
          </div>
          <div className="row toolbar">
            <Button
              disabled={busy || pending.length === 0}
              onClick={() => setConfirmOpen(true)}
              data-testid="fix-all"
            >
              {tr('fixAll')}
              {pending.length > 0 ? ` (${pending.length})` : ''}
            </Button>
            <Button
              disabled={busy}
              onClick={() => void session.clearHighlights()}
              data-testid="clear-highlights"
            >
              {tr('clearHighlights')}
            </Button>
          </div>
          {props.liveModeAvailable && (
            <Switch
              label={tr('liveMode')}
              checked={state.liveMode}
              onChange={(_event, data) => void session.setLiveMode(data.checked)}
            />
          )}

          <div aria-live="polite" className="status" data-testid="status">
            {busy && <Spinner size="tiny" label={tr('validating')} />}
            {state.notice?.kind === 'fixed' && <p>{tr('fixedCount', { n: state.notice.count })}</p>}
            {state.notice?.kind === 'cleared' && <p>{tr('clearedCount', { n: state.notice.count })}</p>}
          </div>
          {state.error && (
            <p role="alert" className="error">
              {tr(state.scope ? 'actionFailed' : 'errorPrefix', { detail: state.error })}
            </p>
          )}
          {state.scope === null && props.lastRibbonRun && <p className="last-run">{props.lastRibbonRun}</p>}

          {state.scope !== null && <Summary state={state} />}
          {state.findings.length > 0 && (
            <FindingGroups findings={state.findings} tables={state.tables} busy={busy} actions={actions} />
          )}
        </>
      )}

      <FixAllDialog
        open={confirmOpen}
        fixes={pending}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => {
          setConfirmOpen(false);
          void session.fixAll();
        }}
      />
    </main>
  );
}
