import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  Inject,
  Injectable,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig } from '@apprenance/config';
import { APP_CONFIG } from '../config/config.module';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../common/problem/problem';
import { ProblemFilter } from '../common/problem/problem.filter';
import { ValidationProblemException } from '../common/problem/validation';

/**
 * The errors multer raises while it reads an upload (too large, a second file, a file under
 * another field name, a cut-off form) become problems that name the `file` field, like every
 * other input problem; anything else goes to the usual filter.
 */
@Injectable()
@Catch()
export class UploadProblemFilter extends ProblemFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    const problem = this.uploadProblem(exception);
    if (!problem) return super.catch(exception, host);
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const instance = context.getRequest<{ originalUrl: string }>().originalUrl;
    response
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ ...problem, instance }));
  }

  /** The size the route's uploads may reach, as the problem states it. */
  protected limit(): string {
    return this.config.UPLOAD_MAX_SIZE;
  }

  private uploadProblem(exception: unknown) {
    if (exception instanceof PayloadTooLargeException) {
      const limit = this.limit();
      return buildProblem({
        status: 413,
        code: 'payload_too_large',
        reason: 'upload.too_large',
        detail: `The file is larger than ${limit}.`,
        errors: { file: [`must be at most ${limit}`] },
        params: { limit },
      });
    }
    if (
      exception instanceof BadRequestException &&
      !(exception instanceof ValidationProblemException)
    ) {
      const detail = `The upload could not be read: ${exception.message}.`;
      return buildProblem({
        status: 400,
        code: 'validation_failed',
        reason: 'upload.unreadable',
        detail,
        errors: { file: ['must be one file, sent as the multipart field "file"'] },
      });
    }
    return undefined;
  }
}
