import type { CourseFormat, Locale, Phase } from '@apprenance/db';

/** How long one phase lasted: hours (short format) or days (deep format). */
export interface PhaseDuration {
  phase: Phase;
  unit: 'hours' | 'days';
  value: number;
}

/** Where a certificate's revocation bit lives (W3C Bitstring Status List). */
export interface StatusListEntry {
  /** URL of the signed status list credential, e.g. PUBLIC_URL/api/v1/credentials/status/1. */
  statusListCredential: string;
  /** Position of this certificate's bit in that list (0-based). */
  statusListIndex: number;
}

/** Everything printed on one certificate and claimed by its credential. */
export interface CertificateContent {
  /** The certificate row's id (uuid): the credential's id is `urn:uuid:<id>`. */
  certificateId: string;
  /** Short human verification code printed on the PDF (e.g. `K7QF-2M9X`). */
  verificationCode: string;
  /** The cohort's language: the certificate is written in it, the other language beside it. */
  language: Locale;
  participant: {
    name: string;
    /** OB3 identity hash of the email, `sha256$<hex>`: see `hashEmail`. */
    emailHash: string;
    /** The salt used for `emailHash`. */
    emailSalt: string;
  };
  course: {
    /** The course's id (uuid): the achievement's id is `urn:uuid:<id>`. */
    id: string;
    /** Title in the cohort's language. */
    title: string;
    /** Title in the other language, if the course has one. */
    titleOtherLanguage?: string;
    format: CourseFormat;
  };
  /** The three phases, in the order of PHASES. */
  phases: PhaseDuration[];
  cohort: {
    /** First and last day, `YYYY-MM-DD` (calendar dates in the cohort's time zone). */
    startsOn: string;
    endsOn: string;
    /** IANA time zone of the cohort, e.g. `Europe/Paris`. */
    timeZone: string;
    /** Town or venue; null when the cohort ran online. */
    place: string | null;
  };
  trainers: string[];
  /** When the certificate is issued: the credential's `validFrom`. */
  issuedAt: Date;
  /** `PUBLIC_URL/verify/<code>`: the QR code points here. */
  verifyUrl: string;
  status: StatusListEntry;
}

/** What `render` returns: the PDF, the signed credential embedded in it, and the PDF's hash. */
export interface RenderedCertificate {
  pdf: Buffer;
  /** The signed OpenBadgeCredential as a compact JWS (media type `application/vc+jwt`). */
  credential: string;
  /** sha256 of `pdf`, hex. */
  sha256: string;
}

/** One check of a verification: its name, whether it passed and why. */
export interface VerificationCheck {
  name: VerificationCheckName;
  ok: boolean;
  detail: string;
}

export type VerificationCheckName =
  | 'pdf'
  | 'embedded_credential'
  | 'credential_format'
  | 'issuer_key'
  | 'signature'
  | 'pdf_integrity'
  | 'status';

export interface VerificationResult {
  /** True when every check passed. */
  valid: boolean;
  checks: VerificationCheck[];
  /** The credential's decoded payload when it could be read (signed or not: see checks). */
  credential?: Record<string, unknown>;
  /** The compact JWS found (embedded in the PDF, or given). */
  jws?: string;
}

/** A public key as published in the issuer's JWKS (OKP / Ed25519). */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg?: 'EdDSA';
  use?: 'sig';
}

export interface Jwks {
  keys: PublicJwk[];
}

/**
 * Online revocation check supplied by the caller (the api reads its status list; the CLI
 * reads a downloaded status list file). Returns null when the status cannot be told.
 */
export type StatusLookup = (
  entry: StatusListEntry,
) => Promise<{ revoked: boolean; detail: string } | null>;
