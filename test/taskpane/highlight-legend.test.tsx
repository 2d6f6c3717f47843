// The legend that says in words what the cell fills in Excel mean. Rendered to static markup: the pane's tests run
// in Node without a DOM, and the legend has no behaviour beyond what it shows.
import { renderToStaticMarkup } from 'react-dom/server';
import type { Finding, Lang } from '../../src/engine/rules/types';
import { SEVERITY_FILL } from '../../src/host/marking';
import { HighlightLegend } from '../../src/taskpane/components/HighlightLegend';
import { LangContext } from '../../src/taskpane/components/i18n';
import { Summary } from '../../src/taskpane/components/Summary';
import type { SessionState } from '../../src/app/validation-session';

function render(lang: Lang, element: React.ReactElement): string {
  return renderToStaticMarkup(<LangContext.Provider value={lang}>{element}</LangContext.Provider>);
}

/** The visible text of each legend item, tags stripped. */
function legendItems(html: string): string[] {
  return [...html.matchAll(/<li data-legend-severity="\w+">(.*?)<\/li>/g)].map((m) =>
    m[1].replace(/<[^>]*>/g, ''),
  );
}

// Seed 004's self-assessment: 得分 9.2 where 10 × 90.12% = 9.01.
const SCORE_FINDING: Finding = {
  sheet: '部门整体支出绩效自评表',
  cell: 'H6',
  rule: 'execution-score',
  severity: 'error',
  message: '得分应为 9.01',
  expected: '9.01',
  actual: '9.2',
  fix: 9.01,
};

function stateWith(findings: readonly Finding[]): SessionState {
  return {
    status: 'ready',
    scope: 'active-sheet',
    findings,
    tables: [{ sheet: SCORE_FINDING.sheet, kind: 'overall-self-eval', range: 'A1:H30' }],
    ignoredCount: 0,
    ignored: [],
    profileChoices: [],
    error: null,
    notice: null,
    liveMode: false,
  };
}

describe('HighlightLegend', () => {
  it('names each fill colour and its severity in Chinese', () => {
    expect(legendItems(render('zh', <HighlightLegend />))).toEqual([
      '红色底纹 = 错误',
      '黄色底纹 = 警告',
      '蓝色底纹 = 提示',
    ]);
  });

  it('names each fill colour and its severity in English', () => {
    expect(legendItems(render('en', <HighlightLegend />))).toEqual([
      'Red fill = error',
      'Amber fill = warning',
      'Blue fill = note',
    ]);
  });

  it('paints each swatch in the fill the adapter writes, hidden from screen readers', () => {
    const html = render('en', <HighlightLegend />);
    const swatches = [...html.matchAll(/<span ([^>]*class="legend-swatch"[^>]*)>/g)].map((m) => m[1]);
    expect(swatches).toHaveLength(3);
    const fills = [SEVERITY_FILL.error, SEVERITY_FILL.warning, SEVERITY_FILL.info];
    swatches.forEach((attributes, i) => {
      expect(attributes).toContain('aria-hidden="true"');
      expect(attributes.toLowerCase()).toContain(`background-color:${fills[i].toLowerCase()}`);
    });
  });
});

describe('Summary and the legend', () => {
  it('shows the legend under the counts when a finding was highlighted', () => {
    const html = render('zh', <Summary state={stateWith([SCORE_FINDING])} />);
    expect(html).toContain('data-testid="highlight-legend"');
    expect(html.indexOf('错误：1')).toBeLessThan(html.indexOf('红色底纹 = 错误'));
  });

  it('leaves the legend out when nothing was highlighted', () => {
    const html = render('zh', <Summary state={stateWith([])} />);
    expect(html).toContain('未发现问题。');
    expect(html).not.toContain('highlight-legend');
  });
});
