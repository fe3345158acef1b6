/**
 * Excel.NumberFormatCategory of a number format, as Range.numberFormatCategories (ExcelApi 1.12)
 * reports it. Enough for what the adapter asks: is this a date or a time? A date cell's value is
 * its serial number (45292 for 2024-01-01) with valueType Double; only the category tells.
 */
export function numberFormatCategory(format: string | undefined): string {
  if (format === undefined || format === '' || format.toLowerCase() === 'general') return 'General';
  if (format === '@') return 'Text';
  // Quoted text, escaped characters and [colour]/[$-locale] sections carry no date tokens.
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (/[yd]/i.test(bare) || /m{3,}/i.test(bare)) return 'Date';
  if (/[hs]/i.test(bare)) return 'Time';
  if (/m/i.test(bare)) return 'Date';
  if (bare.includes('%')) return 'Percentage';
  if (/E[+-]/i.test(bare)) return 'Scientific';
  if (bare.includes('?/') || bare.includes('#/')) return 'Fraction';
  return 'Number';
}
