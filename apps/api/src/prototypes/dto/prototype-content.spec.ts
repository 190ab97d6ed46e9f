import { completeDraft, EMPTY_DRAFT, missingForSubmission } from './prototype-content';

const conditions = {
  workOnOneself: 'a',
  knowEachOther: 'b',
  gatherResources: 'c',
  commitFormally: 'd',
  coBuildProjects: 'e',
  runProjects: 'f',
  socialLifeAndContext: 'g',
};

describe('missingForSubmission', () => {
  it('names every empty required field, conditions by their dotted path', () => {
    expect(Object.keys(missingForSubmission(EMPTY_DRAFT)).sort()).toEqual(
      [
        'title',
        'problem',
        'targetPublic',
        'firstSteps',
        'civicTechs',
        'lifeStage',
        ...Object.keys(conditions).map((c) => `conditions.${c}`),
      ].sort(),
    );
  });

  it('asks for nothing once the canvas is filled; risks stay optional', () => {
    const draft = completeDraft({
      title: 'T',
      problem: 'P',
      targetPublic: 'Inhabitants',
      firstSteps: 'Meet',
      lifeStage: 'launch',
      civicTechs: [{ civicTechId: 'x', adaptation: 'y' }],
      conditions,
    });
    expect(missingForSubmission(draft)).toEqual({});
  });

  it('treats blank text as missing', () => {
    const draft = completeDraft({ title: '   ', conditions: { ...conditions, runProjects: ' ' } });
    expect(missingForSubmission(draft)).toMatchObject({
      title: expect.any(Array),
      'conditions.runProjects': expect.any(Array),
    });
  });
});
