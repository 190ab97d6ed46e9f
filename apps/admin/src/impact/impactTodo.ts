import type { TranslateFunction } from 'react-admin';
import type { TodoItem } from '../home/HomeSection';
import type { ConvictionSlot, FollowUpSlot } from './types';

/**
 * The participant's impact to-dos: an open questionnaire not answered yet, and each follow-up
 * of their pair that is due or overdue.
 */
export function impactTodo(
  slots: ConvictionSlot[] | undefined,
  followUps: FollowUpSlot[] | undefined,
  translate: TranslateFunction,
): TodoItem[] {
  const questionnaires = (slots ?? [])
    .filter((slot) => slot.state === 'open' && !slot.answers)
    .map((slot) => ({
      key: `conviction-${slot.cohortId}-${slot.moment}`,
      text: translate('impact.todo_conviction', {
        moment: translate(`impact.moments.${slot.moment}`),
      }),
      href: '#/conviction',
    }));
  const followUpsDue = (followUps ?? [])
    .filter((slot) => slot.state === 'due' || slot.state === 'overdue')
    .map((slot) => ({
      key: `follow-up-${slot.id}`,
      text: translate('impact.todo_follow_up', { months: slot.milestone }),
      href: '#/follow-ups',
    }));
  return [...questionnaires, ...followUpsDue];
}
