import { PipeTransform } from '@nestjs/common';
import { ValidationProblemException } from '../common/problem/validation';

/** A message id is a positive integer, kept as a string (bigint). */
export function messageIdParam(name = 'id'): PipeTransform<string, string> {
  return {
    transform: (value) => {
      if (!/^[1-9]\d{0,17}$/.test(value)) {
        throw new ValidationProblemException({ [name]: ['must be a message id'] });
      }
      return value;
    },
  };
}
