import { decodeCsv, parsePairCsv } from './pair-csv';

describe('pair CSV', () => {
  const header =
    'territory_name,territory_country,territory_level,political_name,political_email,political_position,technical_name,technical_email,technical_position';
  it('decodes UTF-8 with BOM, plain UTF-8 and Windows-1252', () => {
    expect(decodeCsv(Buffer.from('\ufeffé', 'utf8'))).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from('é', 'utf8')).encoding).toBe('utf-8');
    expect(decodeCsv(Buffer.from('é', 'latin1'))).toEqual({ text: 'é', encoding: 'windows-1252' });
    expect(() => decodeCsv(Buffer.from('\ufeffx', 'utf16le'))).toThrow(/UTF-16/);
  });
  it('reports every bad line and field', () => {
    const { rows, problems } = parsePairCsv(
      [header, 'A,FR,municipality,P,p@a.fr,,T,t@a.fr,', 'B,FR,city,P,p@a.fr,,T,t@a.fr,'].join('\n'),
    );
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => `${p.line}:${p.field}`)).toEqual(['3:territory_level']);
  });
});
