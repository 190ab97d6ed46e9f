/**
 * The naive reference: what a first pdfkit implementation does. Each document registers the
 * TTF files (pdfkit reads and parses them again), draws the same texts with doc.text, puts the
 * QR code in as a PNG image and attaches the signed credential with pdfkit's file().
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CertificateContent, SigningKey } from '../../libs/certificates/src';
import {
  buildCredential,
  Issuer,
  PLACEHOLDER_DIGEST,
} from '../../libs/certificates/src/credential';
import { FONT_PATHS } from '../../libs/certificates/src/fonts';
import { signJws } from '../../libs/certificates/src/jws';
import { certificateLines } from './lines';

export async function renderNaive(content: CertificateContent, key: SigningKey, issuer: Issuer) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 60,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: content.language,
    font: null as unknown as string,
  });
  doc.registerFont('regular', FONT_PATHS.regular);
  doc.registerFont('bold', FONT_PATHS.bold);
  doc.registerFont('italic', FONT_PATHS.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.rect(20, 20, 801, 555).stroke('#1d3557');
  for (const { text, style, size } of certificateLines(content, issuer.name)) {
    doc.font(style).fontSize(size).fillColor('#1d3557').text(text, { align: 'center' });
  }
  const png = await QRCode.toBuffer(content.verifyUrl, { errorCorrectionLevel: 'M', scale: 4 });
  doc.image(png, 680, 420, { width: 92 });
  const credential = signJws(
    { alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' },
    JSON.stringify(buildCredential(content, issuer, PLACEHOLDER_DIGEST)),
    key.privateKey,
  );
  doc.file(Buffer.from(credential), { name: 'credential.jwt' });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
