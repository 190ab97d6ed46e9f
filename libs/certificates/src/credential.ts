import { createHash } from 'node:crypto';
import { AppConfig } from '@apprenance/config';
import { LABELS } from './labels';
import { CertificateContent } from './types';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Who issues the certificates: the OB3 Profile published at `id`. */
export interface Issuer {
  id: string;
  name: string;
  url: string;
}

export function issuerFromConfig(config: AppConfig): Issuer {
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  return { id: `${base}/api/v1/credentials/issuer`, name: config.PLATFORM_NAME, url: base };
}

/** The issuer profile document served at the issuer's id. */
export function issuerProfile(issuer: Issuer): Record<string, unknown> {
  return {
    '@context': [VC_CONTEXT, OB3_CONTEXT],
    id: issuer.id,
    type: ['Profile'],
    name: issuer.name,
    url: issuer.url,
    description:
      'Issuer of Apprenance training certificates (open urbanism) / Émetteur des certificats de formation Apprenance (urbanisme ouvert)',
  };
}

/** OB3 identity hash of an email: `sha256$` + hex(sha256(normalized email + salt)). */
export function hashEmail(email: string, salt: string): string {
  const normalized = email.trim().toLowerCase();
  return `sha256$${createHash('sha256')
    .update(normalized + salt)
    .digest('hex')}`;
}

/** Media type and id of the credential's reference to the PDF it is embedded in. */
export const PDF_MEDIA_TYPE = 'application/pdf';
const pdfResourceId = (certificateId: string) => `urn:apprenance:certificate-pdf:${certificateId}`;

/** A digestSRI value of the same length as a real one, to size the placeholder. */
export const PLACEHOLDER_DIGEST = `sha256-${Buffer.alloc(32).toString('base64')}`;

export const sriOf = (bytes: Buffer) =>
  `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

/**
 * The OpenBadgeCredential (OB3, W3C VC 2.0) of a certificate. `pdfDigest` is the SRI digest
 * of the PDF with the embedded credential's bytes blanked (see `embed.ts`).
 */
export function buildCredential(
  content: CertificateContent,
  issuer: Issuer,
  pdfDigest: string,
): Record<string, unknown> {
  const labels = LABELS[content.language];
  const { participant, course, status } = content;
  return {
    '@context': [VC_CONTEXT, OB3_CONTEXT],
    id: `urn:uuid:${content.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${labels.heading} — ${course.title}`,
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name, url: issuer.url },
    validFrom: content.issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: participant.emailHash,
          salt: participant.emailSalt,
        },
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: false,
          identityHash: participant.name,
        },
      ],
      activityStartDate: `${content.cohort.startsOn}T00:00:00Z`,
      activityEndDate: `${content.cohort.endsOn}T23:59:59Z`,
      achievement: {
        id: `urn:uuid:${course.id}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: course.title,
        description: labels.achievementDescription(course.title),
        criteria: { narrative: labels.criteria },
        inLanguage: content.language,
        fieldOfStudy: 'Open urbanism',
      },
    },
    credentialStatus: {
      id: `${status.statusListCredential}#${status.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.statusListIndex),
      statusListCredential: status.statusListCredential,
    },
    relatedResource: [
      { id: pdfResourceId(content.certificateId), mediaType: PDF_MEDIA_TYPE, digestSRI: pdfDigest },
    ],
  };
}

/** The PDF digest a credential claims, or undefined if it claims none. */
export function claimedPdfDigest(credential: Record<string, unknown>): string | undefined {
  const resources = credential.relatedResource;
  if (!Array.isArray(resources)) return undefined;
  const pdf = resources.find(
    (r: unknown) => (r as { mediaType?: unknown } | null)?.mediaType === PDF_MEDIA_TYPE,
  ) as { digestSRI?: unknown } | undefined;
  return typeof pdf?.digestSRI === 'string' ? pdf.digestSRI : undefined;
}
