import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CourseResourceEntity, RESOURCE_KINDS, ResourceKind } from '@apprenance/db';
import { IsSpdxLicence, toCanonicalSpdx } from '../../common/licences/spdx';
import { ListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { trim, trimLower } from '../../common/dto/trim';
import { pick } from '../../common/pick';
import { RESOURCE_FIELDS } from './course-fields';
import { FormInteger, Optional, OptionalPosition } from '../../common/dto/optional';

const LANGUAGE = /^[a-z]{2,3}$/;

export class CourseResourceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ description: '1-based order within the module' }) position!: number;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind!: ResourceKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'fr', description: 'ISO 639-1 code' }) language!: string;
  @ApiProperty({ example: 'CC-BY-SA-4.0', description: 'SPDX id' }) licence!: string;
  @ApiProperty({ nullable: true, type: String, description: 'link resources' })
  url!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'text resources (Markdown)' })
  body!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'file resources' })
  fileName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'sniffed from the content' })
  contentType!: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiProperty({ nullable: true, type: String }) sha256!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export function toCourseResourceDto(resource: CourseResourceEntity): CourseResourceDto {
  const { id, createdAt, updatedAt } = resource;
  return { id, ...pick(resource, RESOURCE_FIELDS), createdAt, updatedAt };
}

/** Fields every resource has, whatever its kind. */
export class ResourceFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  moduleId!: string;

  @ApiProperty({ example: 'Qu’est-ce que le logiciel libre ?' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ example: 'fr', description: 'ISO 639-1 code' })
  @Transform(trimLower)
  @Matches(LANGUAGE, { message: 'language must be an ISO 639-1 code such as fr or en' })
  language!: string;

  @ApiPropertyOptional({ example: 'CC-BY-SA-4.0', description: 'default: the course’s licence' })
  @Optional()
  @Transform(toCanonicalSpdx)
  @IsSpdxLicence()
  licence?: string;

  @OptionalPosition('default: after the last resource')
  position?: number;
}

/** A link or a text; files go through the upload endpoint. */
export class CreateCourseResourceDto extends ResourceFieldsDto {
  @ApiProperty({ enum: ['link', 'text'] })
  @IsIn(['link', 'text'])
  kind!: 'link' | 'text';

  @ApiPropertyOptional({ example: 'https://www.gnu.org/philosophy/free-sw.html' })
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  body?: string;
}

/** The text fields of a multipart upload; the file itself is the `file` part. */
export class UploadCourseResourceDto extends ResourceFieldsDto {
  @OptionalPosition('default: after the last resource')
  @FormInteger()
  declare position?: number;
}

export class UpdateCourseResourceDto extends PartialType(
  OmitType(CreateCourseResourceDto, ['moduleId', 'kind'] as const),
  { skipNullProperties: false },
) {}

export class CourseResourceListQueryDto extends ListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;
}
