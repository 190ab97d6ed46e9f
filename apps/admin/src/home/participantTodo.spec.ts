import type { TranslateFunction } from 'react-admin';
import type { PeerReview, Prototype, PrototypeStatus } from '../types';
import { participantTodo } from './participantTodo';

/** Shows which message and values were asked for, so the test reads what a person would see. */
const translate = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as TranslateFunction;

const prototype = (status: PrototypeStatus) => ({ id: 'p1', status }) as Prototype;
const review = (id: string, authorPairLabel: string, submittedAt: string | null) =>
  ({ id, authorPairLabel, submittedAt }) as PeerReview;

describe("a participant's things to do from prototypes and peer review", () => {
  it.each<[string, Prototype[], { text: string; href: string }[]]>([
    ['no prototype yet', [], [{ text: 'screens.home.start_prototype', href: '#/prototypes' }]],
    [
      'a draft',
      [prototype('draft')],
      [{ text: 'screens.home.finish_prototype', href: '#/prototypes/p1' }],
    ],
    [
      'changes requested',
      [prototype('changes_requested')],
      [{ text: 'screens.home.revise_prototype', href: '#/prototypes/p1' }],
    ],
    ['submitted', [prototype('submitted')], []],
    ['presented', [prototype('presented')], []],
    ['accepted', [prototype('accepted')], []],
  ])('%s', (_, prototypes, expected) => {
    expect(
      participantTodo(prototypes, [], translate).map(({ text, href }) => ({ text, href })),
    ).toEqual(expected);
  });

  it('lists the reviews allocated to our pair that are not yet submitted', () => {
    const items = participantTodo(
      [prototype('submitted')],
      [
        review('r1', 'Grenoble', null),
        review('r2', 'Lyon', '2027-04-01T10:00:00Z'),
        review('r3', 'Nantes', null),
      ],
      translate,
    );
    expect(items).toEqual([
      {
        key: 'review-r1',
        text: 'screens.home.write_review {"pair":"Grenoble"}',
        href: '#/peer-reviews',
      },
      {
        key: 'review-r3',
        text: 'screens.home.write_review {"pair":"Nantes"}',
        href: '#/peer-reviews',
      },
    ]);
  });

  it('says nothing about what has not loaded yet', () => {
    expect(participantTodo(undefined, undefined, translate)).toEqual([]);
  });
});
