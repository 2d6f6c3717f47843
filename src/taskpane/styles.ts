// The pane's layout rules, injected once. Kept as a string so webpack needs no CSS loaders.
// Fluent supplies colours through CSS variables, so light and dark themes need no rules here.
const CSS = `
.pane { min-height: 100vh; box-sizing: border-box; }
.pane-main { padding: 8px 12px 16px; max-width: 640px; font-size: 14px; line-height: 1.45; }
.pane-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 8px; }
.pane-header h1 { font-size: 15px; font-weight: 600; margin: 0; }
.lang { display: flex; align-items: center; gap: 4px; color: var(--colorNeutralForeground2); }
.views { display: flex; gap: 4px; margin: 4px 0 4px -8px; border-bottom: 1px solid var(--colorNeutralStroke2); }
.views button { border-radius: 0; border-bottom: 2px solid transparent; }
.views button.view-current { border-bottom-color: var(--colorCompoundBrandStroke); font-weight: 600; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 8px 0; }
.first-run { background: var(--colorNeutralBackground2); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.first-run h2 { font-size: 15px; margin: 0 0 2px; }
.first-run p { margin: 2px 0; }
.first-run button { margin: 2px 0 0 -8px; }
.status { min-height: 8px; }
.status p { margin: 4px 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.error { color: var(--colorPaletteRedForeground1); font-weight: 600; }
.summary-bar { position: sticky; top: 0; z-index: 2; background: var(--colorNeutralBackground1); margin: 0 -12px; padding: 6px 12px; border-bottom: 1px solid var(--colorNeutralStroke2); display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 12px; scroll-margin-top: 0; }
.summary-bar:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: -2px; }
.summary-bar h2 { font-size: 15px; margin: 0; }
.summary-counts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; font-variant-numeric: tabular-nums; }
.secondary-actions { gap: 4px; margin: 4px 0; }
.secondary-actions button { min-width: 0; }
.live-switch { margin-left: -8px; }
.highlight-legend { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 12px; margin: 6px 0 4px; font-size: 13px; }
.legend-title { margin: 0; color: var(--colorNeutralForeground2); }
.legend-items { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; }
.legend-items li { display: flex; align-items: center; gap: 6px; }
.legend-swatch { flex: none; width: 16px; height: 12px; border: 1px solid var(--colorNeutralStroke1); border-radius: 2px; }
.summary-meta { color: var(--colorNeutralForeground2); margin: 4px 0; font-size: 13px; }
.ignored { margin: 0 0 4px -8px; }
.table-profiles { margin: 0 0 4px -8px; }
.table-profile-list { list-style: none; padding: 0 0 0 8px; margin: 4px 0; display: grid; gap: 8px; }
.table-profile-list li { display: grid; gap: 2px; }
.table-profile-name { font-size: 13px; overflow-wrap: anywhere; }
.ignored-list { list-style: none; padding: 0 0 0 8px; margin: 4px 0; display: grid; gap: 6px; }
.ignored-list li { display: flex; align-items: flex-start; gap: 8px; justify-content: space-between; border-left: 3px solid var(--colorNeutralStroke1); padding-left: 8px; }
.ignored-text { overflow-wrap: anywhere; color: var(--colorNeutralForeground2); font-size: 13px; }
.fix-all-panel { border: 1px solid var(--colorBrandStroke1); border-radius: 6px; padding: 8px 12px; margin: 8px 0; background: var(--colorNeutralBackground1); }
.fix-all-panel h3 { font-size: 15px; margin: 0 0 4px; }
.fix-all-panel p { margin: 4px 0; }
.fix-all-list { list-style: none; max-height: 40vh; overflow: auto; padding: 0; margin: 4px 0; display: grid; gap: 2px; }
.fix-all-list li { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; font-variant-numeric: tabular-nums; }
.fix-all-sheet { color: var(--colorNeutralForeground2); font-size: 12px; overflow-wrap: anywhere; }
.fix-all-values { font-weight: 600; }
.group { margin-top: 12px; }
.group-title { font-size: 14px; margin: 0 0 6px; overflow-wrap: anywhere; }
.finding-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
.finding { border: 1px solid var(--colorNeutralStroke2); border-left-width: 4px; border-radius: 4px; padding: 6px 8px; }
.finding-error { border-left-color: var(--colorPaletteRedBorder2); }
.finding-warning { border-left-color: var(--colorPaletteMarigoldBorder2); }
.finding-info { border-left-color: var(--colorPaletteBlueBorder2); }
.finding-head { font-weight: 600; }
.finding-message { margin: 4px 0; overflow-wrap: anywhere; }
.finding-values { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0; }
.finding-values div { display: flex; gap: 4px; min-width: 0; }
.finding-values dt { flex: none; white-space: nowrap; color: var(--colorNeutralForeground2); }
.finding-values dd { margin: 0; min-width: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; font-weight: 600; }
.finding-actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.finding-actions .finding-ignore { margin-left: auto; }
.consequences { margin-top: 6px; padding-top: 4px; border-top: 1px dashed var(--colorNeutralStroke2); font-size: 13px; }
.consequences-title { margin: 0 0 2px; color: var(--colorNeutralForeground2); }
.consequences ul { list-style: none; margin: 0; padding: 0 0 0 8px; border-left: 3px solid var(--colorPaletteBlueBorder2); display: grid; gap: 2px; }
.consequence-message { overflow-wrap: anywhere; }
.severity-error .severity-glyph, .severity-glyph.severity-error { color: var(--colorPaletteRedForeground1); }
.severity-warning .severity-glyph, .severity-glyph.severity-warning { color: var(--colorPaletteMarigoldForeground1); }
.severity-info .severity-glyph, .severity-glyph.severity-info { color: var(--colorPaletteBlueForeground2); }
.insert-view h2 { font-size: 15px; margin: 8px 0 4px; }
.insert-view .fui-Field { margin: 8px 0; }
.insert-view .fui-Combobox, .insert-view .fui-Select { min-width: 0; max-width: 100%; }
.insert-view .fui-Combobox input { min-width: 0; }
.preview-heading { font-size: 14px; margin: 12px 0 4px; }
.preview-note { margin: 4px 0; padding: 4px 8px; border-left: 3px solid var(--colorPaletteMarigoldBorder2); background: var(--colorNeutralBackground2); font-size: 13px; }
.preview-table { border-collapse: collapse; width: 100%; font-size: 13px; table-layout: fixed; }
.preview-table th, .preview-table td { border-bottom: 1px solid var(--colorNeutralStroke2); padding: 3px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.preview-table thead th { font-weight: 600; color: var(--colorNeutralForeground2); }
.preview-table th.num, .preview-table td.num { width: 4em; text-align: right; font-variant-numeric: tabular-nums; }
.preview-group th { background: var(--colorNeutralBackground2); font-weight: 600; }
.preview-level3 { display: block; }
.preview-blank { display: block; color: var(--colorNeutralForeground3); font-style: italic; }
.preview-target { display: block; color: var(--colorNeutralForeground2); font-size: 12px; }
.insert-actions { margin-top: 12px; }
`;

export function injectPaneStyles(doc: Document = document): void {
  if (doc.getElementById('selfeval-pane-styles')) return;
  const style = doc.createElement('style');
  style.id = 'selfeval-pane-styles';
  style.textContent = CSS;
  doc.head.appendChild(style);
}
