import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { buildCredential, Issuer, PLACEHOLDER_DIGEST, sriOf } from './credential';
import { attachCredentialPlaceholder, findCredentialHole, PdfDocument } from './embed';
import { FontChooser, FontName, loadFonts, LoadedFont } from './fonts';
import { FontPrograms } from './font-programs';
import { JwsHeader, jwsLength, signJws } from './jws';
import { SigningKey } from './keys';
import { LABELS } from './labels';
import { LayoutCaches } from './layout-cache';
import { CertificatePainter } from './paint';
import { TextSetter } from './text';
import { CertificateContent, RenderedCertificate } from './types';
import { escapeXmpInfo } from './xmp';

export interface CertificateRendererOptions {
  signingKey: SigningKey;
  issuer: Issuer;
}

export interface CertificateRenderer {
  render(content: CertificateContent): Promise<RenderedCertificate>;
  /** Characters of `text` no shipped font can draw (check a name before issuing). */
  unsupportedCharacters(text: string): string[];
}

/**
 * Build once per process: the fonts are read and parsed here, and the glyph choices and word
 * layouts are cached across certificates; each render then only lays out, subsets and signs.
 */
export function createCertificateRenderer(
  options: CertificateRendererOptions,
): CertificateRenderer {
  const fonts = loadFonts();
  const cached = {
    fonts,
    chooser: new FontChooser(fonts),
    layouts: new LayoutCaches(),
    programs: new FontPrograms(),
  };
  return {
    render: (content) => renderCertificate(content, options, cached),
    unsupportedCharacters: (text) => cached.chooser.unsupported(text),
  };
}

/** What one process keeps between certificates. */
interface ProcessCaches {
  fonts: Record<FontName, LoadedFont>;
  chooser: FontChooser;
  layouts: LayoutCaches;
  programs: FontPrograms;
}

const header = (kid: string): JwsHeader => ({ alg: 'EdDSA', kid, typ: 'vc+jwt', cty: 'vc' });

async function renderCertificate(
  content: CertificateContent,
  { signingKey, issuer }: CertificateRendererOptions,
  { fonts, chooser, layouts, programs }: ProcessCaches,
): Promise<RenderedCertificate> {
  const jwsHeader = header(signingKey.kid);
  const placeholder = JSON.stringify(buildCredential(content, issuer, PLACEHOLDER_DIGEST));
  const credentialLength = jwsLength(jwsHeader, placeholder);

  layouts.trim();
  const doc = newDocument(content, issuer);
  for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font as never);
  const root = doc.struct('Document');
  doc.addStructure(root);
  new CertificatePainter(doc, new TextSetter(doc, chooser, layouts, programs), root).paint(
    content,
    issuer.name,
  );
  root.end();
  attachCredentialPlaceholder(doc, credentialLength, content.issuedAt);
  const pdf = await finish(doc);

  const hole = findCredentialHole(pdf);
  if (!hole || hole.end - hole.start !== credentialLength) {
    throw new Error('the credential placeholder is not where it was written');
  }
  const credential = signJws(
    jwsHeader,
    JSON.stringify(buildCredential(content, issuer, sriOf(pdf))),
    signingKey.privateKey,
  );
  if (credential.length !== credentialLength) throw new Error('credential length changed');
  pdf.write(credential, hole.start, 'latin1');
  return { pdf, credential, sha256: createHash('sha256').update(pdf).digest('hex') };
}

function newDocument(content: CertificateContent, issuer: Issuer): PdfDocument {
  const labels = LABELS[content.language];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: content.language,
    displayTitle: true,
    font: null as unknown as string, // no standard (unembedded) font: PDF/A embeds every font
    info: {
      Title: labels.documentTitle(content.participant.name, content.course.title),
      Author: issuer.name,
      Subject: labels.heading,
      Creator: issuer.name,
      Producer: 'Apprenance (pdfkit)',
      CreationDate: content.issuedAt,
    },
  });
  escapeXmpInfo(doc);
  return doc;
}

function finish(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
