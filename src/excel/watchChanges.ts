import { ExcelRun } from './officeApi';

/**
 * Subscribes to WorksheetCollection.onChanged (ExcelApi 1.9): one event per edit on any sheet,
 * including those the add-in itself makes. The registration lives as long as the pane; the
 * pane ignores events while its switch is off instead of unregistering (removing a handler
 * needs the request context it was added in).
 */
export async function watchChanges(run: ExcelRun, handler: () => void): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.onChanged.add(async () => {
      handler();
    });
    await context.sync();
  });
}
