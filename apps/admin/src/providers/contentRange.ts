/** The total of `users 0-24/123`. */
export function parseTotal(contentRange: string | null): number {
  const total = Number(contentRange?.split('/').pop());
  if (!contentRange || !Number.isInteger(total)) {
    throw new Error(`The response has no usable Content-Range header: ${contentRange}`);
  }
  return total;
}
