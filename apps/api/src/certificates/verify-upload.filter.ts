import { Catch, Injectable } from '@nestjs/common';
import { MAX_PDF_BYTES } from '@apprenance/certificates';
import { UploadProblemFilter } from '../courses/upload-problem.filter';

/** The verify form's upload problems; its files may be at most MAX_PDF_BYTES, far above any certificate. */
@Injectable()
@Catch()
export class VerifyUploadProblemFilter extends UploadProblemFilter {
  protected override limit(): string {
    return `${MAX_PDF_BYTES / 1024 / 1024}mb`;
  }
}
