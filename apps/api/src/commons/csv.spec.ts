import { parse } from 'csv-parse/sync';
import { toCsv } from './csv';

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
