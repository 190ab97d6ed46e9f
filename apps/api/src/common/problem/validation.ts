import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** A request whose body, query or path failed validation; carries field → messages. */
export class ValidationProblemException extends BadRequestException {
  constructor(readonly errors: Record<string, string[]>) {
    super('The request has invalid fields.');
  }
}

/** Flattens class-validator errors into `{ "a.b.0.c": ["message", …] }`. */
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) result[path] = Object.values(error.constraints);
    if (error.children?.length)
      Object.assign(result, flattenValidationErrors(error.children, path));
  }
  return result;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationProblemException(flattenValidationErrors(errors)),
  });
}
