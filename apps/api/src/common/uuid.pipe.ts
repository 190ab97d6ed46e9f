import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblemException } from './problem/validation';

/** Validates a UUID path parameter, naming it in the 400 problem. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ValidationProblemException({ [name]: ['must be a UUID'] }),
  });
}
