import type { LoggerService } from '@nestjs/common';
import type { Storage } from '@apprenance/storage';

/**
 * Deletes stored files whose rows are gone (or were never written). A failure is logged and
 * not thrown: the caller's change has been committed or rolled back already, and an orphan
 * file is a cost, never a corruption.
 */
export async function deleteFiles(
  storage: Storage,
  keys: string[],
  logger: LoggerService,
): Promise<void> {
  for (const key of keys) {
    try {
      await storage.delete(key);
    } catch (error) {
      logger.error({ err: error, key }, 'Could not delete a stored file');
    }
  }
}
