/**
 * Ribbon commands (the manifest's FunctionFile, commands.html). The ribbon button itself opens the
 * task pane with a ShowTaskpane action; `action` is registered now so a later ExecuteFunction
 * button can use it without touching the function file's wiring.
 */

/** The part of the Office global this file uses; tests pass a fake. */
export interface OfficeCommandsHost {
  onReady(callback?: () => void): unknown;
  actions: { associate(name: string, handler: (event: Office.AddinCommands.Event) => void): void };
}

/** Placeholder command: finishes at once. Office requires event.completed() on every path. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

export function registerCommands(office: OfficeCommandsHost): void {
  office.onReady(() => {
    // Nothing to initialise yet.
  });
  office.actions.associate('action', action);
}

// Outside Office (office.js missing) there is nothing to register with.
if (typeof Office !== 'undefined' && Office.actions) {
  registerCommands(Office as unknown as OfficeCommandsHost);
}
