/*
 * Dates become text: the core reads no dates, and a date in a money cell is a finding, not a
 * number. Every adapter (file reader, Office.js) writes them the same way.
 */
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/** Days since 1899-12-30 (or 1904-01-01) → the instant, rounded to the millisecond. */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
