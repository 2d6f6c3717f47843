// Reading the errors Office.js rejects with (OfficeExtension.Error carries a `code`; anything else may be thrown).

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
