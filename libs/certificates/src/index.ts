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
