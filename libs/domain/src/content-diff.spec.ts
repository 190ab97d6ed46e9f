import { diffContent } from './content-diff';

describe('diffContent', () => {
  it('names each changed field by its dotted path and leaves equal ones out', () => {
    const v1 = { title: 'A', conditions: { knowEachOther: 'x', runProjects: 'y' }, tools: ['a'] };
    const v2 = {
      title: 'B',
      conditions: { knowEachOther: 'x', runProjects: 'z' },
      tools: ['a', 'b'],
    };
    expect(diffContent(v1, v2)).toEqual([
      { field: 'conditions.runProjects', from: 'y', to: 'z' },
      { field: 'title', from: 'A', to: 'B' },
      { field: 'tools', from: ['a'], to: ['a', 'b'] },
    ]);
  });

  it('reports a field that appears or disappears as a change from or to null', () => {
    expect(diffContent({ risks: 'r' }, { firstSteps: 's' })).toEqual([
      { field: 'firstSteps', from: null, to: 's' },
      { field: 'risks', from: 'r', to: null },
    ]);
  });

  it('finds nothing between identical snapshots', () => {
    expect(diffContent({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toEqual([]);
  });
});
