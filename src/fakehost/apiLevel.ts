import { FakeOfficeError } from './errors';

/**
 * ExcelApi requirement sets. Real hosts stop at different levels: Office 2021 at 1.14, Office 2024
 * at 1.17, Microsoft 365 before build 2501 below 1.18. office.js from the CDN always has every
 * method, so calling one the host lacks queues fine and fails at context.sync with ApiNotFound.
 * The fake does the same for every member the adapter uses that is newer than ExcelApi 1.1.
 */
export type ApiLevel = string;

/** The newest level the fake models; the default, so tests that do not care get every API. */
export const LATEST_API_LEVEL: ApiLevel = '1.18';

/**
 * The "[Api set: ExcelApi 1.x]" of each member, as @types/office-js documents it. A member the
 * adapter starts to use must be added here (test/unit/excel/apiLevels.test.ts reads this table).
 */
export const API_SETS: Readonly<Record<string, ApiLevel>> = {
  'Worksheet.protection': '1.2',
  'Worksheet.getUsedRange(valuesOnly)': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Range.conditionalFormats': '1.6',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getRanges': '1.9',
  'WorksheetCollection.onChanged': '1.9',
  'Range.numberFormatCategories': '1.12',
  'Range.getMergedAreasOrNullObject': '1.13',
  'RangeAreas.select': '1.18',
};

/** "1.9" < "1.13": compare minor versions as numbers, not as text. */
export function compareLevels(a: ApiLevel, b: ApiLevel): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || (an ?? 0) - (bn ?? 0);
}

export function supports(level: ApiLevel, required: ApiLevel): boolean {
  return compareLevels(level, required) >= 0;
}

export function apiNotFound(member: string, required: ApiLevel): FakeOfficeError {
  return new FakeOfficeError(
    'ApiNotFound',
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member} needs ExcelApi ${required})`,
  );
}

/** Throws ApiNotFound when the host's level is below the member's requirement set. */
export function assertApi(level: ApiLevel, member: string): void {
  const required = API_SETS[member];
  if (required === undefined) throw new Error(`fake host: no requirement set recorded for ${member}`);
  if (!supports(level, required)) throw apiNotFound(member, required);
}

/**
 * Office.context.requirements as the fake answers it: ExcelApi up to the host's level (only the
 * set name and version the add-in asks about are modelled).
 */
export function requirementsFor(level: ApiLevel): { isSetSupported(name: string, minVersion?: string): boolean } {
  return {
    isSetSupported: (name: string, minVersion?: string) => {
      if (name.toLowerCase() !== 'excelapi') return false;
      return minVersion === undefined || supports(level, minVersion);
    },
  };
}
