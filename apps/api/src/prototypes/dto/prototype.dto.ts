import { Optional } from '../../common/dto/optional';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  LIFE_STAGES,
  LifeStage,
  PROTOTYPE_STATUSES,
  PrototypeStatus,
  TRAINER_TARGETS,
  TrainerTarget,
} from '@apprenance/db';
import { CohortItemsQueryDto } from '../../common/list/cohort-items-query.dto';
import { trim } from '../../common/dto/trim';

const LONG_TEXT = 8000;

/** An optional free-text field of the draft, trimmed. */
const Text = (max = LONG_TEXT) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: max }),
    Optional(),
    Transform(trim),
    IsString(),
    MaxLength(max),
  );

export class ChosenCivicTechDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  civicTechId!: string;

  @ApiProperty({ description: 'how the pair adapts the tool to its territory' })
  @Transform(trim)
  @IsString()
  @MaxLength(LONG_TEXT)
  adaptation!: string;
}

/** What the pair plans for each of the seven conditions of collaboration (seed 004). */
export class ConditionsDto {
  @Text() workOnOneself?: string;
  @Text() knowEachOther?: string;
  @Text() gatherResources?: string;
  @Text() commitFormally?: string;
  @Text() coBuildProjects?: string;
  @Text() runProjects?: string;
  @Text() socialLifeAndContext?: string;
}

/** The editable draft; absent fields are left as they are, conditions merged one by one. */
export class UpdatePrototypeDto {
  @Text(200) title?: string;
  @Text() problem?: string;
  @Text(2000) targetPublic?: string;
  @Text() risks?: string;
  @Text() firstSteps?: string;

  @ApiPropertyOptional({ enum: LIFE_STAGES })
  @Optional()
  @IsIn(LIFE_STAGES)
  lifeStage?: LifeStage;

  @ApiPropertyOptional({ type: [ChosenCivicTechDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChosenCivicTechDto)
  civicTechs?: ChosenCivicTechDto[];

  @ApiPropertyOptional({ type: ConditionsDto })
  @Optional()
  @ValidateNested()
  @Type(() => ConditionsDto)
  conditions?: ConditionsDto;
}

export class CreatePrototypeDto {
  @ApiProperty({ format: 'uuid', description: "the caller's pair" })
  @IsUUID()
  pairId!: string;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex' }) sha256!: string;
}

export class ConditionsContentDto {
  @ApiProperty() workOnOneself!: string;
  @ApiProperty() knowEachOther!: string;
  @ApiProperty() gatherResources!: string;
  @ApiProperty() commitFormally!: string;
  @ApiProperty() coBuildProjects!: string;
  @ApiProperty() runProjects!: string;
  @ApiProperty() socialLifeAndContext!: string;
}

/** A prototype's content: the draft, or a version as frozen. */
export class PrototypeContentDto {
  @ApiProperty() title!: string;
  @ApiProperty() problem!: string;
  @ApiProperty() targetPublic!: string;
  @ApiProperty({ type: [ChosenCivicTechDto] }) civicTechs!: ChosenCivicTechDto[];
  @ApiProperty({ enum: LIFE_STAGES, nullable: true }) lifeStage!: LifeStage | null;
  @ApiProperty({ type: ConditionsContentDto }) conditions!: ConditionsContentDto;
  @ApiProperty() risks!: string;
  @ApiProperty() firstSteps!: string;
  @ApiProperty({ type: [AttachmentDto] }) attachments!: AttachmentDto[];
}

export class PrototypeDto extends PrototypeContentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'uuid' }) pairId!: string;
  @ApiProperty({ description: "the pair's territory" }) pairLabel!: string;
  @ApiProperty({ enum: PROTOTYPE_STATUSES }) status!: PrototypeStatus;
  @ApiProperty({ description: 'number of the latest frozen version; 0 before the first' })
  currentVersion!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class PrototypeVersionDto {
  @ApiProperty({ description: 'the version number, its id within the prototype' }) id!: number;
  @ApiProperty({ format: 'uuid' }) prototypeId!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: PrototypeContentDto }) content!: PrototypeContentDto;
}

export class PrototypeEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROTOTYPE_STATUSES }) from!: PrototypeStatus;
  @ApiProperty({ enum: PROTOTYPE_STATUSES }) to!: PrototypeStatus;
  @ApiProperty() versionNumber!: number;
  @ApiProperty() comment!: string;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class FieldChangeDto {
  @ApiProperty({ example: 'conditions.knowEachOther' }) field!: string;
  @ApiProperty({ description: 'the value in `from`', nullable: true }) from!: unknown;
  @ApiProperty({ description: 'the value in `to`', nullable: true }) to!: unknown;
}

export class PrototypeDiffDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [FieldChangeDto] }) changes!: FieldChangeDto[];
}

export class DiffQueryDto {
  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to!: number;
}

export class TransitionDto {
  @ApiProperty({ enum: TRAINER_TARGETS })
  @IsIn(TRAINER_TARGETS)
  to!: TrainerTarget;

  @ApiProperty({ description: 'what the trainer tells the pair' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'comment is required' })
  @MaxLength(LONG_TEXT)
  comment!: string;
}

export class PrototypeListQueryDto extends CohortItemsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  pairId?: string;

  @ApiPropertyOptional({ enum: PROTOTYPE_STATUSES })
  @IsOptional()
  @IsIn(PROTOTYPE_STATUSES)
  status?: PrototypeStatus;
}
