/**
 * Where the task pane is running. Kept apart from React so it can be tested with a fake Office
 * global: opening taskpane.html in a plain browser must show a hint, not fail.
 */
export type HostStatus = 'checking' | 'excel' | 'outside' | 'no-office';

/** The part of the Office global that host detection relies on. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown } | null | undefined>;
}

/**
 * Resolves to 'excel' only when office.js reports the Excel host. Office undefined (office.js did
 * not load: an intranet without the CDN, a proxy, offline) is 'no-office', which the pane explains
 * differently; a null host (office.js outside Office), another host or an error mean 'outside'.
 */
export async function detectHost(office: OfficeLike | undefined): Promise<HostStatus> {
  if (!office || typeof office.onReady !== 'function') return 'no-office';
  try {
    const info = await office.onReady();
    // Office.HostType.Excel is the string "Excel"; compare the value so no Office global is needed.
    return info && info.host === 'Excel' ? 'excel' : 'outside';
  } catch {
    return 'outside';
  }
}

/** The Office global when office.js has loaded, otherwise undefined. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}
