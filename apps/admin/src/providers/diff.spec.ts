import { changedFields } from './diff';

describe('changedFields', () => {
  const previous = {
    id: 'u1',
    displayName: 'Ada',
    role: 'participant',
    position: null as string | null,
    createdAt: '2025-01-01T00:00:00.000Z',
  };

  it('keeps only the fields whose value changed', () => {
    expect(
      changedFields({ ...previous, displayName: 'Ada L.', position: 'Mayor' }, previous),
    ).toEqual({ displayName: 'Ada L.', position: 'Mayor' });
  });

  it('is empty when nothing changed, so id and timestamps are never sent', () => {
    expect(changedFields({ ...previous }, previous)).toEqual({});
  });

  it('sends a field cleared to null', () => {
    expect(changedFields({ ...previous, displayName: null }, previous)).toEqual({
      displayName: null,
    });
  });

  it('sends fields the previous record did not have, but not undefined ones', () => {
    expect(changedFields({ password: 'a long passphrase', kind: undefined }, {})).toEqual({
      password: 'a long passphrase',
    });
  });

  it('compares nested values by content', () => {
    const before = { tags: ['a', 'b'] };
    expect(changedFields({ tags: ['a', 'b'] }, before)).toEqual({});
    expect(changedFields({ tags: ['a'] }, before)).toEqual({ tags: ['a'] });
  });
});
