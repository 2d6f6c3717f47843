import {
  Button,
  FluentProvider,
  Select,
  Spinner,
  Switch,
  ToggleButton,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../engine/rules/types';
import { dismissFirstRun, isFirstRunDismissed, storeLang } from '../../app/preferences';
import { countBySeverity } from '../../app/grouping';
import { useSessionState } from '../use-session';
import type { ValidationSession } from '../../app/validation-session';
import type { ReadScope } from '../../host/port';
import { FindingGroups } from './FindingGroups';
import { FirstRun } from './FirstRun';
import { FixAllPanel } from './FixAllPanel';
import { IgnoredList } from './IgnoredList';
import { TableProfiles } from './TableProfiles';
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
  /** Present when the port can insert preset blocks: shows the 插入指标 tab. */
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
  const [fixAllOpen, setFixAllOpen] = useState(false);
  const [view, setView] = useState<'check' | 'insert'>(
    props.initialView === 'insert' && props.insertSession ? 'insert' : 'check',
  );
  const [announcement, setAnnouncement] = useState('');
  const summaryBar = useRef<HTMLDivElement>(null);
  /** Set by the validate buttons ('scroll': focus and scroll go to the summary and the counts are announced), and
   *  by actions that take a card away (fix, ignore, restore: focus goes to the summary, which stays in view,
   *  instead of being lost with the card). */
  const moveToResults = useRef<'scroll' | 'focus' | null>(null);
  const busy = state.status === 'validating';
  const pending = session.pendingFixes();
  const hasResults = state.scope !== null;

  useEffect(() => {
    if (state.status !== 'ready' || !moveToResults.current) return;
    const mode = moveToResults.current;
    moveToResults.current = null;
    if (mode === 'focus') {
      summaryBar.current?.focus();
      return;
    }
    const counts = countBySeverity(state.findings);
    setAnnouncement(
      tr('summaryAnnounce', { errors: counts.error, warnings: counts.warning, notes: counts.info }),
    );
    summaryBar.current?.focus({ preventScroll: true });
    summaryBar.current?.scrollIntoView({ block: 'start' });
  }, [state]);

  const validate = (scope: ReadScope) => {
    if (firstRun) {
      dismissFirstRun();
      setFirstRun(false);
    }
    setFixAllOpen(false);
    setAnnouncement('');
    moveToResults.current = 'scroll';
    void session.validate(scope);
  };
  const thenFocusSummary = (action: Promise<void>) => {
    moveToResults.current = 'focus';
    void action;
  };
  const actions: FindingActions = {
    onGoTo: (finding) => void session.goTo(finding),
    onFix: (finding) => thenFocusSummary(session.fix(finding)),
    onIgnore: (finding) => thenFocusSummary(session.ignore(finding)),
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
            appearance="underline"
            value={props.lang}
            onChange={(_event, data) => props.onLangChange(data.value === 'en' ? 'en' : 'zh')}
          >
            <option value="zh">{tr('langZh')}</option>
            <option value="en">{tr('langEn')}</option>
          </Select>
        </div>
      </header>

      {props.insertSession && (
        // Two toggle buttons rather than a TabList: the tab list's focus sentinels (tabster) fail axe's
        // aria-hidden-focus rule once focus has moved inside the pane.
        <div className="views" role="group" aria-label={tr('viewsLabel')}>
          {(['check', 'insert'] as const).map((name) => (
            <ToggleButton
              key={name}
              size="small"
              appearance="transparent"
              checked={view === name}
              className={view === name ? 'view-current' : undefined}
              onClick={() => setView(name)}
              data-testid={`view-${name}`}
            >
              {tr(name === 'check' ? 'viewCheck' : 'viewInsert')}
            </ToggleButton>
          ))}
        </div>
      )}
      {view === 'insert' && props.insertSession && <InsertView session={props.insertSession} />}

      {view === 'check' && (
        <>
          {firstRun && !hasResults && (
            <FirstRun
              onDismiss={() => {
                dismissFirstRun();
                setFirstRun(false);
              }}
            />
          )}
          <div className="row toolbar" role="group" aria-label={tr('appTitle')}>
            {/* Before validating 校验本表 is the one primary action; afterwards the results are, and it steps back. */}
            <Button
              appearance={hasResults ? 'secondary' : 'primary'}
              disabled={busy}
              onClick={() => validate('active-sheet')}
              data-testid="validate-sheet"
            >
              {tr('validateSheet')}
            </Button>
            <Button
              appearance="subtle"
              disabled={busy}
              onClick={() => validate('workbook')}
              data-testid="validate-workbook"
            >
              {tr('validateWorkbook')}
            </Button>
          </div>

          <div aria-live="polite" className="status" data-testid="status">
            {busy && <Spinner size="tiny" label={tr('validating')} />}
            {!busy && announcement && <p className="visually-hidden">{announcement}</p>}
            {state.notice?.kind === 'fixed' && <p>{tr('fixedCount', { n: state.notice.count })}</p>}
            {state.notice?.kind === 'cleared' && <p>{tr('clearedCount', { n: state.notice.count })}</p>}
          </div>
          {state.error && (
            <p role="alert" className="error">
              {tr(state.scope ? 'actionFailed' : 'errorPrefix', { detail: state.error })}
            </p>
          )}
          {!hasResults && props.lastRibbonRun && <p className="last-run">{props.lastRibbonRun}</p>}

          {hasResults && (
            <div className="results">
              <Summary state={state} barRef={summaryBar}>
                <div className="row secondary-actions">
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy || pending.length === 0}
                    aria-expanded={fixAllOpen}
                    onClick={() => setFixAllOpen(true)}
                    data-testid="fix-all"
                  >
                    {tr('fixAll')}
                    {pending.length > 0 ? ` (${pending.length})` : ''}
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    onClick={() => void session.clearHighlights()}
                    data-testid="clear-highlights"
                  >
                    {tr('clearHighlights')}
                  </Button>
                  {props.liveModeAvailable && (
                    <Switch
                      className="live-switch"
                      label={tr('liveMode')}
                      checked={state.liveMode}
                      onChange={(_event, data) => void session.setLiveMode(data.checked)}
                    />
                  )}
                </div>
                <TableProfiles
                  tables={state.tables}
                  choices={state.profileChoices}
                  busy={busy}
                  onChange={(table, profile) => void session.setProfile(table, profile)}
                />
                <IgnoredList
                  ignored={state.ignored}
                  busy={busy}
                  onRestore={(finding) => thenFocusSummary(session.restore(finding))}
                />
              </Summary>
              {fixAllOpen && pending.length > 0 && (
                <FixAllPanel
                  fixes={pending}
                  busy={busy}
                  onGoTo={actions.onGoTo}
                  onCancel={() => setFixAllOpen(false)}
                  onConfirm={() => {
                    setFixAllOpen(false);
                    thenFocusSummary(session.fixAll());
                  }}
                />
              )}
              {state.findings.length > 0 && (
                <FindingGroups
                  findings={state.findings}
                  tables={state.tables}
                  busy={busy}
                  actions={actions}
                />
              )}
            </div>
          )}
          {!hasResults && props.liveModeAvailable && (
            <Switch
              className="live-switch"
              label={tr('liveMode')}
              checked={state.liveMode}
              onChange={(_event, data) => void session.setLiveMode(data.checked)}
            />
          )}
        </>
      )}
    </main>
  );
}
