/**
 * The positions (1…n) that place `id` at `position` among `ids` (in their current order),
 * the others keeping their relative order. Only the entries whose position changes.
 */
export function moveTo(ids: string[], id: string, position: number): Map<string, number> {
  const others = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(position, 1), others.length + 1) - 1;
  const order = [...others.slice(0, index), id, ...others.slice(index)];
  const changes = new Map<string, number>();
  order.forEach((each, i) => {
    if (ids.indexOf(each) !== i) changes.set(each, i + 1);
  });
  return changes;
}
