/** The ribbon function file registers `action`, which always completes its event. */
import { action, registerCommands, type OfficeCommandsHost } from '../../../src/commands/commands';

function fakeOffice() {
  const associated = new Map<string, (event: Office.AddinCommands.Event) => void>();
  let readyCallbacks = 0;
  const office: OfficeCommandsHost = {
    onReady: (callback) => {
      if (callback) readyCallbacks += 1;
      return Promise.resolve({ host: 'Excel' });
    },
    actions: { associate: (name, handler) => associated.set(name, handler) },
  };
  return { office, associated, readyCallbacks: () => readyCallbacks };
}

function fakeEvent() {
  let completed = 0;
  const event = { completed: () => (completed += 1), source: { id: 'test' } } as unknown as Office.AddinCommands.Event;
  return { event, completed: () => completed };
}

test('registerCommands waits for Office and associates "action"', () => {
  const fake = fakeOffice();
  registerCommands(fake.office);
  expect(fake.readyCallbacks()).toBe(1);
  expect([...fake.associated.keys()]).toEqual(['action']);
  expect(fake.associated.get('action')).toBe(action);
});

test('action completes its event exactly once', () => {
  const { event, completed } = fakeEvent();
  action(event);
  expect(completed()).toBe(1);
});

test('loading the module without office.js does not throw', () => {
  // jest runs in Node: the Office global is undefined here, as in a plain browser without office.js.
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside isolateModules, so its top level runs here
  expect(() => jest.isolateModules(() => require('../../../src/commands/commands'))).not.toThrow();
});
