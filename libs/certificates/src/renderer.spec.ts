import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { sampleCertificateContent } from './sample';
import { certificateFixture, tool } from './test-support';
import { UnsupportedCharactersError } from './fonts';
import { verifyCredential } from './verify';

const fixture = certificateFixture();

/** A binary PPM (P6, as pdftoppm writes it) as RGBA pixels. */
function readPpm(ppm: Buffer) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    rgba.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}
const render = (name: string, language: 'fr' | 'en' = 'fr') =>
  fixture.renderer.render(
    sampleCertificateContent({
      language,
      participant: { ...sampleCertificateContent().participant, name },
    }),
  );

describe('certificate PDF', () => {
  it.each([
    ['Łukasz Żółć', 'fr'],
    ['Nguyễn Thị Ánh', 'en'],
    ["Zoë O'Brien-Müller", 'fr'],
    ['Αθηνά Παπαδοπούλου', 'en'],
  ] as const)('%s comes out of pdftotext, and qpdf --check passes', async (name, language) => {
    const { pdf } = await render(name, language);
    const file = fixture.write(`${language}-${name.length}.pdf`, pdf);
    expect(tool('pdftotext', [file, '-'])).toContain(name);
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('keeps the text copyable when a later certificate reuses the cached fonts and maps', async () => {
    // The second render of the same name takes its font programs and ToUnicode maps from the
    // process caches the first one filled.
    for (const round of [1, 2]) {
      const { pdf } = await render('Łukasz Żółć');
      const file = fixture.write(`cached-${round}.pdf`, pdf);
      expect(tool('pdftotext', [file, '-'])).toContain('Łukasz Żółć');
      expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    }
  });

  it('writes the cohort language first and the other beside it', async () => {
    const text = (lang: 'fr' | 'en') =>
      render('Zoë', lang).then(({ pdf }) =>
        tool('pdftotext', [fixture.write(`${lang}.pdf`, pdf), '-']),
      );
    const [fr, en] = await Promise.all([text('fr'), text('en')]);
    expect(fr.indexOf('Certificat de réussite')).toBeLessThan(
      fr.indexOf('Certificate of completion'),
    );
    expect(en.indexOf('Certificate of completion')).toBeLessThan(
      en.indexOf('Certificat de réussite'),
    );
    expect(fr).toContain('K7QF-2M9X');
  });

  it('is PDF/A-3b: declared in the XMP, every font embedded, the credential an associated file', async () => {
    const { pdf } = await render('Łukasz Żółć');
    const file = fixture.write('pdfa.pdf', pdf);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toMatch(/\/AFRelationship \/Alternative/);
    expect(raw).toMatch(/\/OutputIntents/);
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // emb sub uni
    expect(tool('pdfdetach', ['-list', file])).toContain('credential.jwt');
  });

  it('draws the QR code as vectors, not as an image, and it scans to the verify URL', async () => {
    const { pdf } = await render('Zoë');
    const file = fixture.write('qr.pdf', pdf);
    expect(tool('pdfimages', ['-list', file]).split('\n').length).toBe(3); // header lines only
    const ppm = path.join(fixture.dir, 'qr');
    tool('pdftoppm', ['-r', '100', '-singlefile', file, ppm]);
    const { width, height, rgba } = readPpm(readFileSync(`${ppm}.ppm`));
    expect(jsQR(rgba, width, height)?.data).toBe(sampleCertificateContent().verifyUrl);
  });

  it('escapes what goes into the XMP metadata', async () => {
    const { pdf } = await render('Anne & <Marc> "Kim"');
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(pdf.toString('utf8'))?.[0] ?? '';
    expect(xmp).toContain('Anne &amp; &lt;Marc&gt; &quot;Kim&quot;');
    expect(xmp).not.toContain('<Marc>');
    expect(tool('pdftotext', [fixture.write('xmp.pdf', pdf), '-'])).toContain('Anne & <Marc>');
  });

  it('sets a glyph the main font lacks in the fallback font, never dropping it', async () => {
    const name = 'Արամ სალომე Zoë'; // Armenian and Georgian: not in Noto Serif, in DejaVu Sans
    const { pdf } = await render(name);
    const file = fixture.write('fallback.pdf', pdf);
    expect(tool('pdffonts', [file])).toMatch(/DejaVuSans-Bold/);
    expect(tool('pdftotext', [file, '-'])).toContain(name);
  });

  it('refuses, naming them, characters no shipped font has', async () => {
    await expect(render('山田 太郎')).rejects.toThrow(UnsupportedCharactersError);
    expect(fixture.renderer.unsupportedCharacters('山田 Zoë')).toEqual(['山', '田']);
    expect(fixture.renderer.unsupportedCharacters('Nguyễn Thị Ánh')).toEqual([]);
  });

  it('fits a 300-character name on the page, every character kept', async () => {
    const name = 'Maximilienne-Éléonore de la Tour-Vénissieux '.repeat(7).slice(0, 300);
    const { pdf } = await render(name);
    const file = fixture.write('long.pdf', pdf);
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const text = tool('pdftotext', [file, '-']).replace(/\s+/g, '');
    expect(text).toContain(name.replace(/\s+/g, ''));
  });

  it('embeds a credential that extracts and verifies, an OB3 OpenBadgeCredential', async () => {
    const content = sampleCertificateContent();
    const { pdf, credential, sha256 } = await fixture.renderer.render(content);
    const file = fixture.write('extract.pdf', pdf);
    const out = path.join(fixture.dir, 'extracted.jwt');
    tool('pdfdetach', ['-save', '1', '-o', out, file]);
    const extracted = readFileSync(out, 'utf8');
    expect(extracted).toBe(credential);
    const result = await verifyCredential(extracted, fixture.jwks);
    expect(result.valid).toBe(true);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.credential).toMatchObject({
      id: `urn:uuid:${content.certificateId}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: fixture.issuer.id, type: ['Profile'] },
      validFrom: '2026-06-01T09:30:00Z',
      credentialSubject: {
        identifier: [
          {
            identityType: 'emailAddress',
            hashed: true,
            identityHash: content.participant.emailHash,
          },
          { identityType: 'name', hashed: false, identityHash: content.participant.name },
        ],
        achievement: {
          achievementType: 'CertificateOfCompletion',
          inLanguage: 'fr',
          name: content.course.title,
        },
      },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '42',
        statusListCredential: content.status.statusListCredential,
      },
    });
    const header = JSON.parse(Buffer.from(credential.split('.')[0], 'base64url').toString());
    expect(header).toEqual({ alg: 'EdDSA', kid: 'test-key-1', typ: 'vc+jwt', cty: 'vc' });
  });
});
