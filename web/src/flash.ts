// A one-time message carried to the next page, such as "deleted" after the page it was on is gone.
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The message, once: the first page to ask gets it. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
