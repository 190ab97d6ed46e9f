import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@apprenance/config';
import { APP_CONFIG } from '../config/config.module';
import { LocalStorage } from './local.storage';
import { S3Storage } from './s3.storage';
import { Storage, STORAGE } from './storage';

export function createStorage(config: AppConfig): Storage {
  if (config.STORAGE_DRIVER === 's3') return S3Storage.fromConfig(config);
  return new LocalStorage(config.STORAGE_LOCAL_DIR);
}

/** Global: any feature that keeps files injects `@Inject(STORAGE) storage: Storage`. */
@Global()
@Module({
  providers: [{ provide: STORAGE, inject: [APP_CONFIG], useFactory: createStorage }],
  exports: [STORAGE],
})
export class StorageModule {}
