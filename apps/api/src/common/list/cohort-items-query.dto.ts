import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from './list-query.dto';
import { UuidIdsFilter } from './to-array';

/** A list of a cohort's items (test logs, prototypes, reviews): by ids, or by cohort. */
export class CohortItemsQueryDto extends ListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}
