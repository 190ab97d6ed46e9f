import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { PROBLEM_REASONS, type ProblemParams, type ProblemReason } from './reasons';

/** The RFC 9457 body of every error answer, as the OpenAPI document shows it. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:apprenance:problem:validation_failed' }) type!: string;
  @ApiProperty({ example: 'Bad request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty() detail!: string;
  @ApiProperty({ example: 'validation_failed' }) code!: string;
  @ApiProperty({
    enum: PROBLEM_REASONS,
    enumName: 'ProblemReason',
    example: 'cohort.capacity_below_enrolled',
    description: 'the specific, stable reason, for a client to show in its own language',
  })
  reason!: ProblemReason;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'the values a translation of the reason interpolates',
    example: { seats: 4 },
  })
  params?: ProblemParams;
  @ApiProperty({ description: 'the request path' }) instance!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'field (or "line N: column" of a CSV) → messages, for input problems',
    example: { licence: ['licence must be an SPDX licence id such as CC-BY-SA-4.0'] },
  })
  errors?: Record<string, string[]>;
}

export const GENERIC_PROBLEM_MEANINGS: Record<number, string> = {
  400: 'malformed input; `errors` names the fields, and nothing was written',
  401: 'no valid bearer token',
  403: 'the caller’s role may not do this',
  404: 'no such item, or not one the caller may see',
  409: 'the change conflicts with existing data',
  413: 'the body or file is larger than the server accepts',
  415: 'the content is not an accepted format',
  422: 'a rule is broken; `errors` names the fields, and nothing was written',
  429: 'too many requests from this address',
};

/**
 * A decorator factory documenting the problem+json answers an endpoint may give, with a
 * feature's own wording for the statuses where the generic one says too little.
 */
export function problemResponses(meanings: Record<number, string> = {}) {
  return (...statuses: number[]) =>
    applyDecorators(
      ApiExtraModels(ProblemDto),
      ...statuses.map((status) =>
        ApiResponse({
          status,
          description: meanings[status] ?? GENERIC_PROBLEM_MEANINGS[status],
          content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
        }),
      ),
    );
}
