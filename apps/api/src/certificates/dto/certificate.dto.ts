import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CERTIFICATE_STATUSES, CertificateEntity, CertificateStatus } from '@apprenance/db';
import { trim } from '../../common/dto/trim';

export class CertificateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'uuid' }) batchId!: string;
  @ApiProperty({ description: 'the name printed on the certificate' }) participantName!: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status!: CertificateStatus;
  @ApiProperty({ example: 'K7QM-3XRD-WP9T', description: 'printed; opens /verify/<code>' })
  code!: string;
  @ApiProperty({ description: 'render attempts of the worker' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: 'the latest render failure' })
  lastError!: string | null;
  @ApiProperty({ nullable: true, type: Date }) issuedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) revokedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'its successor' })
  supersededBy!: string | null;
  @ApiProperty() createdAt!: Date;
}

export function toCertificateDto(certificate: CertificateEntity): CertificateDto {
  const { id, participantId, cohortId, batchId, participantName, status, code, attempts } =
    certificate;
  const { lastError, issuedAt, revokedAt, revocationReason, supersededBy, createdAt } = certificate;
  return {
    ...{ id, participantId, cohortId, batchId, participantName, status, code, attempts },
    ...{ lastError, issuedAt, revokedAt, revocationReason, supersededBy, createdAt },
  };
}

export class BatchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ description: 'certificates the batch asked for' }) total!: number;
  @ApiProperty({
    description: 'how many of them are in each status now',
    example: { pending: 3, issued: 7, failed: 0, revoked: 0, superseded: 0 },
  })
  counts!: Record<CertificateStatus, number>;
  @ApiProperty({ description: 'no certificate of the batch is pending any more' })
  complete!: boolean;
  @ApiProperty() createdAt!: Date;
}

export class IssueOneDto {
  @ApiProperty({ format: 'uuid', description: 'an eligible participant of the cohort' })
  @IsUUID('all', { message: 'participantId must be a UUID' })
  participantId!: string;
}

export class RevokeDto {
  @ApiProperty({ example: 'Issued by mistake', description: 'shown on the public verify page' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

export class ReissueDto {
  @ApiPropertyOptional({
    example: 'Zoë O’Brien-Müller',
    description: 'the corrected name to print; by default the account’s current name',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  participantName?: string;
}

export class BatchStartedDto {
  @ApiProperty({ format: 'uuid', description: 'poll GET /certificate-batches/{id} for progress' })
  batchId!: string;
  @ApiProperty({ type: [String], description: 'the pending certificates written' })
  certificateIds!: string[];
}

export class VerifyBodyDto {
  @ApiPropertyOptional({
    description: 'a credential as a compact JWS (`application/vc+jwt`), instead of a PDF file',
  })
  @IsOptional()
  @IsString()
  @MaxLength(65_536)
  credential?: string;
}

export class VerificationCheckDto {
  @ApiProperty({
    example: 'signature',
    description:
      'pdf, embedded_credential, credential_format, issuer_key, signature, pdf_integrity, ' +
      'status (the status list), record (the issuer’s database knows this very certificate)',
  })
  name!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ example: 'Ed25519 signature valid' }) detail!: string;
}

export class VerifiedCertificateDto {
  @ApiProperty({ example: 'K7QM-3XRD-WP9T' }) code!: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status!: CertificateStatus;
  @ApiProperty({ example: 'https://apprenance.example.org/verify/K7QM-3XRD-WP9T' })
  verifyUrl!: string;
}

export class VerificationDto {
  @ApiProperty({ description: 'every check passed' }) valid!: boolean;
  @ApiProperty({ type: [VerificationCheckDto] }) checks!: VerificationCheckDto[];
  @ApiPropertyOptional({ type: VerifiedCertificateDto, description: 'when the record was found' })
  certificate?: VerifiedCertificateDto;
}
