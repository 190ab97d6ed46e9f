import { MulterModule } from '@nestjs/platform-express';
import { AppConfig, sizeBytes } from '@apprenance/config';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '../config/config.module';

/**
 * Uploads are held in memory up to UPLOAD_MAX_SIZE: the bytes are sniffed before they are
 * stored, and a larger upload is cut off with 413 before it is read to the end. Every feature
 * that takes files imports this.
 */
export function uploadMulterModule() {
  return MulterModule.registerAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      storage: memoryStorage(),
      // Browsers send file names as raw UTF-8, not the latin1 that busboy assumes.
      defParamCharset: 'utf8',
      limits: { fileSize: sizeBytes(config.UPLOAD_MAX_SIZE), files: 1, fields: 20, parts: 25 },
    }),
  });
}
