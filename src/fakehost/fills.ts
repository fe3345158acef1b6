/**
 * Cell fills as a workbook stores them. Real Excel reads "No Fill" and a white solid fill back
 * alike (format.fill.color is "#FFFFFF" for both) and resolves theme colours to RGB, so a fill
 * saved through format.fill.color and written back is NOT the fill the user had. The fake keeps
 * the stored kind so tests can prove the adapter never touches fills at all.
 */
export type FakeFill =
  | { readonly kind: 'none' }
  | { readonly kind: 'rgb'; readonly color: string }
  | { readonly kind: 'theme'; readonly theme: number; readonly tint: number };

/** Office 2013+ default theme, in the order spreadsheets index theme colours (lt1, dk1, lt2, dk2, accent1..6). */
const THEME_PALETTE = ['#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

/** "#RRGGBB" (upper case) for a stored fill; "No Fill" shows as white, as Excel reports it. */
export function resolveFillColor(fill: FakeFill): string {
  if (fill.kind === 'none') return '#FFFFFF';
  if (fill.kind === 'rgb') return normalizeColor(fill.color);
  const base = THEME_PALETTE[fill.theme] ?? '#000000';
  return applyTint(base, fill.tint);
}

/** Excel's tint: positive lightens towards white, negative darkens towards black. */
function applyTint(hex: string, tint: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = channels.map((c) => Math.round(tint >= 0 ? c + (255 - c) * tint : c * (1 + tint)));
  return `#${out.map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** Accepts "#rgb", "#rrggbb", "rrggbb" and a few CSS names Office accepts; returns "#RRGGBB". */
export function normalizeColor(color: string): string {
  const named: Record<string, string> = { white: '#FFFFFF', black: '#000000', red: '#FF0000', yellow: '#FFFF00', blue: '#0000FF', green: '#008000' };
  const c = color.trim();
  if (named[c.toLowerCase()]) return named[c.toLowerCase()];
  let hex = c.startsWith('#') ? c.slice(1) : c;
  if (/^[0-9a-fA-F]{3}$/.test(hex)) hex = hex.split('').map((x) => x + x).join('');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`not a colour: ${color}`);
  return `#${hex.toUpperCase()}`;
}

export function sameFill(a: FakeFill, b: FakeFill): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
