/**
 * Whether a file "downloaded" from the pane reaches the user. Only Excel on the web runs the pane
 * in a real browser tab; desktop Excel's webviews (WebView2 / EdgeHTML on Windows, WKWebView on
 * the Mac) silently drop blob downloads, so there the pane offers 复制 and 插入到新工作表 instead.
 * Office.context.platform is Office.PlatformType as text ("OfficeOnline", "PC", "Mac", …).
 */
export function downloadsWork(platform: unknown): boolean {
  return platform === 'OfficeOnline';
}
