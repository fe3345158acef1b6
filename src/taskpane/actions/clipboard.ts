import { HostError } from '../../excel/errors';

/**
 * Copies text: the asynchronous Clipboard API where the host allows it, else the older
 * select-and-copy through a hidden textarea (some Office webviews refuse the former).
 */
export async function copyText(text: string, doc: Document = document, nav: Navigator | undefined = typeof navigator === 'undefined' ? undefined : navigator): Promise<void> {
  try {
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return;
    }
  } catch {
    // Permission refused or no focus: try the fallback.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    doc.body.removeChild(area);
  }
  if (!ok) throw new HostError('无法访问剪贴板。请在下方文本中全选（Ctrl+A）后手动复制。', 'clipboard');
}
