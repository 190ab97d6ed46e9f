import { getMetadataArgsStorage } from 'typeorm';

/**
 * The declared length of an entity's varchar column, so that input read outside the DTOs
 * (a CSV line) is refused at the same limit the database holds, instead of failing there.
 */
export function columnLength(entity: abstract new () => unknown, property: string): number {
  const column = getMetadataArgsStorage().columns.find(
    (candidate) => candidate.target === entity && candidate.propertyName === property,
  );
  const length = Number(column?.options.length);
  if (!Number.isInteger(length)) throw new Error(`${entity.name}.${property} has no length`);
  return length;
}
