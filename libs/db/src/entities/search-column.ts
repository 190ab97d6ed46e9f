import { Column } from 'typeorm';

/**
 * The text a list's `q` searches, lower-cased, written by a database trigger (migration
 * SearchColumns) and indexed by trigrams: never read into entities, never written by them.
 */
export const SearchColumn = (): PropertyDecorator =>
  Column({ type: 'text', select: false, insert: false, update: false });
