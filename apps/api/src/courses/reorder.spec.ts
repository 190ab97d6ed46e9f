import { moveTo } from './reorder';

describe('moveTo', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('moves an entry up or down and renumbers what lies between', () => {
    expect([...moveTo(ids, 'd', 2)]).toEqual([
      ['d', 2],
      ['b', 3],
      ['c', 4],
    ]);
    expect([...moveTo(ids, 'a', 3)]).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('clamps the position and changes nothing when it stays', () => {
    expect([...moveTo(ids, 'b', 99)]).toEqual([
      ['c', 2],
      ['d', 3],
      ['b', 4],
    ]);
    expect(moveTo(ids, 'b', 2).size).toBe(0);
    expect([...moveTo(ids, 'c', 0)]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });
});
