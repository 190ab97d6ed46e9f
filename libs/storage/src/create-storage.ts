import type { AppConfig } from '@apprenance/config';
import { LocalStorage } from './local.storage';
import { S3Storage } from './s3.storage';
import type { Storage } from './storage';

/** The storage the configuration names: both processes build theirs from the same variables. */
export function createStorage(config: AppConfig): Storage {
  if (config.STORAGE_DRIVER === 's3') return S3Storage.fromConfig(config);
  return new LocalStorage(config.STORAGE_LOCAL_DIR);
}
