import type { OverallSelfEvalTable } from '../model/tables';
import { areaOf } from './bounds';
import { recognizeFunding } from './funding';
import { recognizeIndicators } from './indicators';
import { recognizeSources } from './labelled';
import { valueRightOf } from './lookup';
import type { Region } from './regions';
import type { SheetIndex } from './sheet-index';

/** 部门整体支出绩效自评表. Returns undefined when too little of it is there to be sure it is one. */
export function recognizeOverall(
  index: SheetIndex,
  region: Region,
  year: number | undefined,
): OverallSelfEvalTable | undefined {
  const missing: string[] = [];
  let lastRow = region.top;
  const nameAnchor = region.anchors.get('name');
  const unitName = nameAnchor ? valueRightOf(index, nameAnchor.row, nameAnchor.col) : undefined;
  if (!unitName) missing.push('预算单位名称');

  const fundingAnchor = region.anchors.get('funding');
  const funding = fundingAnchor
    ? recognizeFunding(index, fundingAnchor.row, fundingAnchor.col, region.bottom, true)
    : undefined;
  if (!fundingAnchor) missing.push('年度预算申请');
  else missing.push(...(funding?.missing ?? []));
  if (funding) lastRow = Math.max(lastRow, funding.lastRow);

  const sources = recognizeSources(index, funding?.lastRow ?? region.top, region.bottom);
  if (!sources.found.source) missing.push('按收入性质分');
  if (!sources.found.nature) missing.push('按支出性质分');
  lastRow = Math.max(lastRow, sources.lastRow);

  const indicators = recognizeIndicators(index, Math.max(region.top, sources.lastRow), region.bottom);
  missing.push(...indicators.missing);
  if (indicators.indicators) lastRow = Math.max(lastRow, indicators.lastRow);

  const recognised = [unitName, funding?.funding, indicators.indicators].filter(
    (part) => part !== undefined,
  ).length;
  if (recognised < 2) return undefined;
  return {
    kind: 'overall-self-eval',
    sheet: index.grid.name,
    area: areaOf(index, region.top, lastRow),
    completeness: missing.length === 0 ? 'complete' : 'partial',
    missing,
    ...(year !== undefined ? { year } : {}),
    ...(unitName ? { unitName } : {}),
    ...(funding?.funding ? { funding: funding.funding } : {}),
    bySource: sources.bySource,
    byNature: sources.byNature,
    ...(indicators.indicators ? { indicators: indicators.indicators } : {}),
  };
}
