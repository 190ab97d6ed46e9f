import { listQuery, manyQuery } from './query';

describe('listQuery', () => {
  it('turns a page, a sort and filters into the API query string', () => {
    const query = listQuery({
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'displayName', order: 'DESC' },
      filter: { q: 'dupont', role: 'participant' },
    });
    expect(query).toBe('_start=50&_end=75&_sort=displayName&_order=DESC&q=dupont&role=participant');
  });

  it('repeats the key of an array filter and leaves out empty ones', () => {
    const query = listQuery({ filter: { level: ['region', 'other'], q: '', country: null } });
    expect(query).toBe('level=region&level=other');
  });

  it('sorts ascending unless told DESC', () => {
    expect(listQuery({ sort: { field: 'name', order: 'asc' } })).toBe('_sort=name&_order=ASC');
  });

  it('encodes filter values', () => {
    expect(listQuery({ filter: { q: 'Saint-Étienne & co' } })).toBe('q=Saint-%C3%89tienne+%26+co');
  });
});

describe('manyQuery', () => {
  it('repeats id and asks for a window as wide as the ids', () => {
    expect(manyQuery(['a', 'b', 'c'])).toBe('_start=0&_end=3&id=a&id=b&id=c');
  });
});
