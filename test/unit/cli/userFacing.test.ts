import { CannotCheckError } from '../../../src/core/errors';
import { UsageError } from '../../../src/cli/args';
import { NarrativeReadError } from '../../../src/cli/narrative/NarrativeReadError';
import { XlsxReadError } from '../../../src/cli/xlsx/XlsxReadError';
import { isUserFacing, userMessage } from '../../../src/core/errors';

describe('which errors are shown to the user as they are', () => {
  test.each([
    ['the engine', new CannotCheckError('未在工作簿中找到决算附表。', 'no-tables')],
    ['the xlsx reader', new XlsxReadError('文件是空的。', 'empty')],
    ['the 说明 reader (userFacing flag)', new NarrativeReadError('说明文件是空的。', 'empty')],
    ['usage', new UsageError('请指定要校验的工作簿')],
  ])('%s: its own Chinese sentence', (_name, e) => {
    expect(isUserFacing(e)).toBe(true);
    expect(userMessage(e)).toBe(e.message);
  });

  test('an error crossing a worker thread keeps only its name, and is still recognised', () => {
    const copy = Object.assign(new Error('工作簿已加密。'), { name: 'XlsxReadError' });
    expect(userMessage(copy)).toBe('工作簿已加密。');
  });

  test('anything else is an internal error in one line, never a stack', () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'x')\n    at foo (bar.js:1:1)");
    expect(isUserFacing(e)).toBe(false);
    expect(userMessage(e)).toBe("程序内部错误（Cannot read properties of undefined (reading 'x')）");
    expect(userMessage('boom')).toBe('程序内部错误（boom）');
  });
});
