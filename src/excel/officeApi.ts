/**
 * The two entry points the adapter needs from Office, injected so tests and the browser preview
 * can hand in the fake host: Excel.run and Office.context.document.settings.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The slice of Office.Settings we use. Settings are stored in the document and saved with it. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

/** Office.context.requirements.isSetSupported('ExcelApi', version). */
export type Supports = (version: string) => boolean;

export interface OfficeDeps {
  readonly run: ExcelRun;
  readonly settings: SettingsStore;
  /** Whether the host has ExcelApi `version`. The manifest asks for 1.13, so anything newer is
   * used only after asking. Absent: nothing above the manifest's level is assumed. */
  readonly supports?: Supports;
}

/** The ExcelApi version check from Office's requirements object, if there is one. */
export function excelApiSupports(requirements: { isSetSupported(name: string, minVersion?: string): boolean } | undefined): Supports {
  return (version) => {
    try {
      return !!requirements && requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
}

/** settings.saveAsync as a promise; "failed" becomes an Error. */
export function saveSettings(store: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is the string "failed"; compare the value, no Office global needed.
      if (result && result.status === 'failed') reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
      else resolve();
    });
  });
}
