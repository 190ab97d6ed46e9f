import type { PdfDocument } from './embed';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/**
 * pdfkit copies the document information (title, author…) into the XMP metadata without
 * escaping it, so a participant called `A&B <x>` would make the XMP malformed and the file
 * not PDF/A. This replaces its `_addInfo` for one document with the same packet, escaped.
 */
export function escapeXmpInfo(doc: PdfDocument): void {
  const target = doc as unknown as { _addInfo: () => void; info: PDFKit.DocumentInfo };
  target._addInfo = () => {
    const info = target.info;
    const created = (info.CreationDate ?? new Date()).toISOString().split('.')[0] + 'Z';
    const alt = (tag: string, value?: string) =>
      value
        ? `<dc:${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></dc:${tag}>`
        : '';
    const creator = info.Author
      ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>`
      : '';
    doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${created}</xmp:CreateDate>
            <xmp:CreatorTool>${escapeXml(info.Creator ?? '')}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            ${alt('title', info.Title)}${creator}${alt('description', info.Subject)}
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${escapeXml(info.Producer ?? '')}</pdf:Producer>
        </rdf:Description>`);
  };
}
