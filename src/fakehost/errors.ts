/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes and a debugInfo. The
 * adapter branches on `code`, so the fake must use the same strings Excel does.
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(readonly code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

export function accessDenied(sheet: string): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${sheet})`);
}

export function invalidArgument(detail: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${detail})`);
}
