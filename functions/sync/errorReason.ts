/** A failure reason safe for reports: the error's message, never data. */
export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error);
}
