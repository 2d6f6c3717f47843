// The pane's layout rules, injected once. Kept as a string so webpack needs no CSS loaders.
// Fluent supplies colours through CSS variables, so light and dark themes need no rules here.
const CSS = `
.pane { min-height: 100vh; box-sizing: border-box; }
.pane-main { padding: 12px; max-width: 640px; font-size: 14px; line-height: 1.45; }
.pane-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
.pane-header h1 { font-size: 18px; margin: 0; }
.lang { display: flex; align-items: center; gap: 6px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.first-run { border: 1px solid var(--colorNeutralStroke1); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.first-run h2 { font-size: 16px; margin: 4px 0; }
.first-run p { margin: 4px 0; }
.status { min-height: 24px; }
.status p { margin: 4px 0; }
.error { color: var(--colorPaletteRedForeground1); font-weight: 600; }
.summary h2 { font-size: 16px; margin: 8px 0 4px; }
.summary-counts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.highlight-legend { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 12px; margin: 4px 0; }
.legend-title { margin: 0; color: var(--colorNeutralForeground2); }
.legend-items { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; }
.legend-items li { display: flex; align-items: center; gap: 6px; }
.legend-swatch { flex: none; width: 16px; height: 12px; border: 1px solid var(--colorNeutralStroke1); border-radius: 2px; }
.summary-meta { color: var(--colorNeutralForeground2); margin: 4px 0; }
.group { margin-top: 12px; }
.group-title { font-size: 14px; margin: 0 0 6px; overflow-wrap: anywhere; }
.finding-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
.finding { border: 1px solid var(--colorNeutralStroke1); border-left-width: 4px; border-radius: 4px; padding: 6px 8px; }
.finding-error { border-left-color: var(--colorPaletteRedBorder2); }
.finding-warning { border-left-color: var(--colorPaletteMarigoldBorder2); }
.finding-info { border-left-color: var(--colorPaletteBlueBorder2); }
.finding-head { font-weight: 600; }
.finding-message { margin: 4px 0; overflow-wrap: anywhere; }
.finding-values { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0; }
.finding-values div { display: flex; gap: 4px; }
.finding-values dt { color: var(--colorNeutralForeground2); }
.finding-values dd { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; }
.finding-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.severity-error .severity-glyph, .severity-glyph.severity-error { color: var(--colorPaletteRedForeground1); }
.severity-warning .severity-glyph, .severity-glyph.severity-warning { color: var(--colorPaletteMarigoldForeground1); }
.severity-info .severity-glyph, .severity-glyph.severity-info { color: var(--colorPaletteBlueForeground2); }
.insert-view h2 { font-size: 16px; margin: 8px 0 4px; }
.field { display: flex; flex-direction: column; gap: 4px; margin: 8px 0; border: 0; padding: 0; min-width: 0; }
.field legend { padding: 0; margin-bottom: 4px; }
.text-input, .listbox { font: inherit; max-width: 100%; box-sizing: border-box; }
.radio { display: flex; align-items: center; gap: 6px; }
.preview-heading { font-size: 14px; margin: 8px 0 4px; }
.preview-scroll { max-width: 100%; overflow-x: auto; }
.preview-table { border-collapse: collapse; width: 100%; font-size: 13px; }
.preview-table th, .preview-table td { border: 1px solid var(--colorNeutralStroke2); padding: 2px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.preview-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.fix-all-list { max-height: 40vh; overflow: auto; padding-left: 18px; }
`;

export function injectPaneStyles(doc: Document = document): void {
  if (doc.getElementById('selfeval-pane-styles')) return;
  const style = doc.createElement('style');
  style.id = 'selfeval-pane-styles';
  style.textContent = CSS;
  doc.head.appendChild(style);
}
