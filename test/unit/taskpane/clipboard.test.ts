/** 复制: the Clipboard API first, a hidden textarea and execCommand('copy') when the host refuses it. */
import { copyText } from '../../../src/taskpane/actions/clipboard';
import { HostError } from '../../../src/excel/errors';

function fakeDocument(copyWorks: boolean) {
  const log: string[] = [];
  const body = {
    children: [] as unknown[],
    appendChild(el: unknown) {
      this.children.push(el);
    },
    removeChild(el: unknown) {
      this.children = this.children.filter((c) => c !== el);
    },
  };
  const doc = {
    body,
    createElement: () => ({ value: '', style: {}, setAttribute() {}, select: () => log.push('select') }),
    execCommand: (cmd: string) => {
      log.push(`${cmd}:${(body.children[0] as { value: string }).value}`);
      return copyWorks;
    },
  };
  return { doc: doc as unknown as Document, log, body };
}

test('the Clipboard API when it works; the page is not touched', async () => {
  const written: string[] = [];
  const { doc, log } = fakeDocument(true);
  await copyText('说明全文', doc, { clipboard: { writeText: async (t: string) => void written.push(t) } } as unknown as Navigator);
  expect(written).toEqual(['说明全文']);
  expect(log).toEqual([]);
});

test('refused by the host: falls back to select and copy, and cleans up', async () => {
  const { doc, log, body } = fakeDocument(true);
  const refusing = { clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) } } as unknown as Navigator;
  await copyText('说明全文', doc, refusing);
  expect(log).toEqual(['select', 'copy:说明全文']);
  expect(body.children).toEqual([]);
});

test('nothing works: a Chinese message telling the user to copy by hand', async () => {
  const { doc } = fakeDocument(false);
  const error = await copyText('x', doc, {} as Navigator).catch((e) => e);
  expect(error).toBeInstanceOf(HostError);
  expect(error.message).toContain('手动复制');
});
