import { Global, Module } from '@nestjs/common';
import { createStorage, STORAGE } from '@apprenance/storage';
import { APP_CONFIG } from '../config/config.module';

/** Global: any feature that keeps files injects `@Inject(STORAGE) storage: Storage`. */
@Global()
@Module({
  providers: [{ provide: STORAGE, inject: [APP_CONFIG], useFactory: createStorage }],
  exports: [STORAGE],
})
export class StorageModule {}
