// Errors shaped like OfficeExtension.Error (code + message + debugInfo), so adapter code can branch on `code`.

export type SimErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'ApiNotFound'
  | 'InvalidReference'
  | 'GeneralException'
  | 'RequestPayloadSizeLimitExceeded';

export class SimHostError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: SimErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(objectName: string, property: string): SimHostError {
  // Excel's own wording, so a test failure here reads like the real add-in's console.
  return new SimHostError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}
