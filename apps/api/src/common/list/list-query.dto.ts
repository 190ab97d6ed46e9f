import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';

export const MAX_PAGE_SIZE = 200;
/** Postgres takes OFFSET as a bigint; bounding it keeps `_start=1e20` a 400, not a 500. */
export const MAX_LIST_OFFSET = 2 ** 31 - 1;

/** react-admin's list parameters: `?_start=0&_end=25&_sort=name&_order=ASC`. */
export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_LIST_OFFSET, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_LIST_OFFSET)
  _start = 0;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_LIST_OFFSET,
    description: `at most _start + ${MAX_PAGE_SIZE}`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIST_OFFSET)
  _end?: number;

  @ApiPropertyOptional({ description: 'field to sort on' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  _sort?: string;

  @ApiPropertyOptional({ enum: ['ASC', 'DESC'], default: 'ASC' })
  @IsOptional()
  @IsIn(['ASC', 'DESC'])
  _order: 'ASC' | 'DESC' = 'ASC';
}

export class SearchableListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'free-text search' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** The window a list query asks for, with the page size capped. */
export function pageWindow(query: ListQueryDto): { skip: number; take: number } {
  const requested = (query._end ?? query._start + 25) - query._start;
  return { skip: query._start, take: Math.max(1, Math.min(requested, MAX_PAGE_SIZE)) };
}
