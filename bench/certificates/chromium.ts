/**
 * The Chromium reference: the same texts as HTML with the shipped fonts as @font-face, the QR
 * code as inline SVG, printed by headless Chromium (`page.pdf()`), one page reused.
 */
import { chromium, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { CertificateContent } from '../../libs/certificates/src';
import { FONT_PATHS } from '../../libs/certificates/src/fonts';
import { certificateLines } from './lines';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const FONT_FACES = (['regular', 'bold', 'italic'] as const)
  .map(
    (style) => `@font-face { font-family: "${style}"; src: url("file://${FONT_PATHS[style]}"); }`,
  )
  .join('\n');

async function html(content: CertificateContent, issuerName: string): Promise<string> {
  const qr = await QRCode.toString(content.verifyUrl, { type: 'svg', errorCorrectionLevel: 'M' });
  const lines = certificateLines(content, issuerName)
    .map(({ text, style, size }) => `<p style="font: ${size}pt ${style}">${escape(text)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${content.language}"><head><meta charset="utf-8"><style>
${FONT_FACES}
@page { size: A4 landscape; margin: 0 }
body { margin: 0; width: 297mm; height: 210mm; box-sizing: border-box; border: 2pt solid #1d3557;
  text-align: center; color: #1d3557; padding: 40pt; }
p { margin: 4pt 0 } .qr { position: absolute; right: 70pt; bottom: 66pt; width: 92pt }
</style></head><body>${lines}<div class="qr">${qr}</div></body></html>`;
}

export async function chromiumRenderer(): Promise<{
  render: (content: CertificateContent, issuerName: string) => Promise<Buffer>;
  close: () => Promise<void>;
}> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
  const page: Page = await browser.newPage();
  return {
    render: async (content, issuerName) => {
      await page.setContent(await html(content, issuerName), { waitUntil: 'load' });
      return page.pdf({ format: 'A4', landscape: true, printBackground: true });
    },
    close: () => browser.close(),
  };
}
