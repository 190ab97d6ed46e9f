import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationProblemException } from './problem/validation';

/** Path ids of bigint tables: digits only. */
@Injectable()
export class NumericIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^\d{1,18}$/.test(value))
      throw new ValidationProblemException({ id: ['must be a number'] });
    return value;
  }
}
