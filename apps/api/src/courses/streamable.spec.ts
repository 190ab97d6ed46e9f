import { attachment } from './streamable';

describe('attachment', () => {
  it('gives an ASCII fallback and the exact name percent-encoded', () => {
    expect(attachment('Délibération.pdf')).toBe(
      `attachment; filename="D_lib_ration.pdf"; filename*=UTF-8''D%C3%A9lib%C3%A9ration.pdf`,
    );
  });

  it('lets nothing of the name end the header or add a parameter', () => {
    const header = attachment('a"; filename=evil.html\r\nX-Injected: 1 (it\'s 100%*).pdf');
    expect(header).not.toMatch(/[\r\n]/);
    // Exactly the two parameters we wrote, whatever the name held.
    expect(header.match(/;/g)).toHaveLength(2);
    expect(header).toContain('filename="a__ filename=evil.html__X-Injected: 1 (it\'s 100_*).pdf"');
    const encoded = header.split("filename*=UTF-8''")[1];
    expect(encoded).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(encoded)).toBe(
      'a"; filename=evil.html\r\nX-Injected: 1 (it\'s 100%*).pdf',
    );
  });
});
