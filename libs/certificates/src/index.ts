export * from './types';
export { createCertificateRenderer } from './renderer';
export type { CertificateRenderer, CertificateRendererOptions } from './renderer';
export {
  signingKey,
  signingKeyFromConfig,
  publicJwks,
  generateSigningKeyPem,
  MissingSigningKeyError,
} from './keys';
export type { SigningKey } from './keys';
export { issuerFromConfig, issuerProfile, hashEmail } from './credential';
export type { Issuer } from './credential';
export { UnsupportedCharactersError } from './fonts';
export { verifyCertificatePdf, verifyCredential, MAX_PDF_BYTES } from './verify';
export type { VerifyOptions } from './verify';
export {
  createStatusListCredential,
  encodeStatusList,
  decodeStatusList,
  isSet,
  statusLookupFromLists,
  MIN_STATUS_LIST_SIZE,
} from './status-list';
export type { StatusListOptions } from './status-list';
export { sampleCertificateContent } from './sample';
