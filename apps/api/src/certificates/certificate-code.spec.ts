import { newCertificateCode, normaliseCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are three groups of four unambiguous characters, and read back as themselves', () => {
    const codes = Array.from({ length: 200 }, newCertificateCode);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normaliseCertificateCode(code)).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    ['k7qm 3xrd wp9t', 'K7QM-3XRD-WP9T'],
    ['K7QM3XRDWP9T', 'K7QM-3XRD-WP9T'],
    ['OIL0-0000-0000', '0110-0000-0000'],
    ['K7QM-3XRD-WP9', null],
    ['K7QM-3XRD-WP9TT', null],
    ['K7QM-3XRD-WP9U', null],
    ['<script>', null],
    ['', null],
  ])('reads %p as %p', (input, expected) => {
    expect(normaliseCertificateCode(input)).toBe(expected);
  });
});
