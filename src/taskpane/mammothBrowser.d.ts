/** mammoth's standalone browser bundle (UMD); the pane uses extractRawText only. */
declare module 'mammoth/mammoth.browser.min.js' {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
}
