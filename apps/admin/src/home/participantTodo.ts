import type { TranslateFunction } from 'react-admin';
import type { PeerReview, Prototype, PrototypeStatus } from '../types';
import type { TodoItem } from './HomeSection';

/** What our pair still has to do on its prototype, by status; the others wait on a trainer. */
const PROTOTYPE_TODO: Partial<Record<PrototypeStatus, string>> = {
  draft: 'screens.home.finish_prototype',
  changes_requested: 'screens.home.revise_prototype',
};

/**
 * The participant's "what to do now" from the prototypes and peer-review lists (the api gives
 * a participant only their own pair's): start or finish our prototype, revise it when a trainer
 * asked for changes, and write the reviews allocated to our pair. Lists still loading
 * (undefined) say nothing, so that "start" does not flash before our prototype arrives.
 */
export function participantTodo(
  prototypes: Prototype[] | undefined,
  givenReviews: PeerReview[] | undefined,
  translate: TranslateFunction,
): TodoItem[] {
  const items: TodoItem[] = [];
  const ours = prototypes?.[0];
  if (prototypes && !ours) {
    items.push({
      key: 'prototype',
      text: translate('screens.home.start_prototype'),
      href: '#/prototypes',
    });
  }
  const todo = ours && PROTOTYPE_TODO[ours.status];
  if (ours && todo) {
    items.push({ key: 'prototype', text: translate(todo), href: `#/prototypes/${ours.id}` });
  }
  for (const review of givenReviews ?? []) {
    if (review.submittedAt) continue;
    items.push({
      key: `review-${review.id}`,
      text: translate('screens.home.write_review', { pair: review.authorPairLabel }),
      href: '#/peer-reviews',
    });
  }
  return items;
}
