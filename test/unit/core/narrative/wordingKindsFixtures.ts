import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative } from '../../../../src/core/narrative';
import { buildWorkbook, PUBLISHED_REPORTS, publishedWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';

/** What the wordingKinds tests read of a 说明 finding. */
export interface Found {
  readonly rule: string;
  readonly severity: string;
  readonly quote: string;
  readonly message: string;
}

/** The 说明's findings, checked alone or against `model`, without the list of unverified figures. */
export function narrativeFindings(text: string, model?: WorkbookModel): Found[] {
  return checkNarrative(text, model, { listUnverified: false }).findings
    .map((f) => ({ rule: f.rule, severity: f.severity, quote: f.narrative!.quote, message: f.message }));
}

/** The findings of one severity, as rule, quote and message. */
export function findingsOf(severity: string, text: string, model?: WorkbookModel): Omit<Found, 'severity'>[] {
  return narrativeFindings(text, model).filter((f) => f.severity === severity).map(({ rule, quote, message }) => ({ rule, quote, message }));
}

const models = new Map<string, WorkbookModel>();
function cached(key: string, build: () => WorkbookModel): WorkbookModel {
  if (!models.has(key)) models.set(key, build());
  return models.get(key)!;
}

/** The fixture generator's SAMPLE_UNIT (the figures of samples/sample-2023.xlsx), read once. */
export const sampleModel = (): WorkbookModel => cached('sample', () => readWorkbook(buildWorkbook(SAMPLE_UNIT).grids, { profile: 'auto' }).model);

/** One of the published units' workbooks (组织部 2023, 审批局 2022), read once. */
export const publishedModel = (name: 'ZUZHIBU_2023' | 'SHENPIJU_2022'): WorkbookModel =>
  cached(name, () => readWorkbook(publishedWorkbook(PUBLISHED_REPORTS[name]).grids, { profile: 'auto' }).model);
