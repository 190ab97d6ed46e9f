/** Bits per Bitstring Status List credential (the W3C minimum, 16 KiB, for herd privacy). */
export const STATUS_LIST_SIZE = 131_072;

/**
 * Where a certificate's status bit lives: its global index (from the database sequence) split
 * into a list number (1, 2, …) and a position in that list.
 */
export function statusListPosition(statusIndex: number): { list: number; index: number } {
  return {
    list: Math.floor(statusIndex / STATUS_LIST_SIZE) + 1,
    index: statusIndex % STATUS_LIST_SIZE,
  };
}

/** The global indices `[from, to)` that list number `list` covers. */
export function statusListRange(list: number): { from: number; to: number } {
  return { from: (list - 1) * STATUS_LIST_SIZE, to: list * STATUS_LIST_SIZE };
}

/** The URL of a status list credential, as the api serves it. */
export function statusListUrl(publicUrl: string, list: number): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/v1/credentials/status/${list}`;
}

/** The public page a certificate's QR code opens. */
export function verifyUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${code}`;
}
