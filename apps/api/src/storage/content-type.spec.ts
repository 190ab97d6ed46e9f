import { samples } from '../../../../test/support/files';
import { checkUpload, sniff } from './content-type';

describe('sniff', () => {
  it('recognises each accepted format by its bytes', async () => {
    expect(sniff(samples.pdf())).toBe('application/pdf');
    expect(sniff(samples.png())).toBe('image/png');
    expect(sniff(samples.jpeg())).toBe('image/jpeg');
    expect(sniff(await samples.odt())).toBe('application/vnd.oasis.opendocument.text');
    expect(sniff(await samples.docx())).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniff(samples.markdown())).toBe('text');
    expect(sniff(samples.csv())).toBe('text');
  });

  it('accepts nothing else', async () => {
    expect(sniff(Buffer.alloc(0))).toBeUndefined();
    expect(sniff(samples.binary())).toBeUndefined();
    expect(sniff(samples.latin1())).toBeUndefined();
    expect(sniff(await samples.plainZip())).toBeUndefined();
    expect(sniff(Buffer.from('text with a NUL\u0000 byte'))).toBeUndefined();
  });
});

describe('checkUpload', () => {
  it('stores the sniffed type whatever generic type the browser claimed', () => {
    expect(checkUpload(samples.pdf(), 'application/octet-stream', 'support.pdf')).toEqual({
      ok: true,
      contentType: 'application/pdf',
    });
    expect(checkUpload(samples.jpeg(), 'image/jpg', 'photo.JPG')).toEqual({
      ok: true,
      contentType: 'image/jpeg',
    });
  });

  it('names text by its claim or its extension, plain text otherwise', () => {
    const markdown = samples.markdown();
    expect(checkUpload(markdown, 'text/markdown; charset=utf-8', 'x')).toMatchObject({
      contentType: 'text/markdown',
    });
    expect(checkUpload(markdown, '', 'notes.md')).toMatchObject({ contentType: 'text/markdown' });
    expect(checkUpload(samples.csv(), 'application/vnd.ms-excel', 'a.csv')).toMatchObject({
      contentType: 'text/csv',
    });
    expect(checkUpload(markdown, '', 'README')).toMatchObject({ contentType: 'text/plain' });
  });

  it('refuses content that is not what the type or the extension claims', () => {
    expect(checkUpload(samples.png(), 'application/pdf', 'x.pdf')).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
    expect(checkUpload(samples.png(), 'application/octet-stream', 'slides.pdf')).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
    expect(checkUpload(samples.markdown(), 'application/pdf', 'x.pdf')).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('refuses formats it does not accept', () => {
    expect(checkUpload(samples.binary(), 'application/pdf', 'x.pdf')).toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
  });
});
