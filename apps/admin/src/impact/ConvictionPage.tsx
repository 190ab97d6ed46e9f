import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  RadioButtonGroupInput,
  SaveButton,
  Title,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { errorMessage } from '../common/ActionButton';
import { submissionErrors } from '../common/submissionErrors';
import { useApiGet } from '../common/useApiGet';
import { impactApi } from './impactApi';
import { CONVICTION_ITEMS, type ConvictionItem, type ConvictionSlot } from './types';

const SCALE = [1, 2, 3, 4, 5].map((n) => ({ id: n, name: String(n) }));

const when = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });

/** One questionnaire: the three statements rated 1–5, editable while its window is open. */
const SlotCard = ({ slot, onSaved }: { slot: ConvictionSlot; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const open = slot.state === 'open';
  const onSubmit = async (values: Record<string, unknown>) => {
    try {
      await impactApi.answer(slot.cohortId, slot.moment, values as Record<ConvictionItem, number>);
      notify('impact.saved', { type: 'success' });
      onSaved();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      return submissionErrors(error);
    }
  };
  return (
    <Card component="section" data-testid={`conviction-${slot.moment}`}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate(`impact.moments.${slot.moment}`)} — {slot.cohortName}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {translate(`impact.slot_states.${slot.state}`)}
          {slot.state === 'not_open' && slot.opensAt
            ? ` · ${translate('impact.opens_at', { date: when(slot.opensAt, locale) })}`
            : ''}
          {open && slot.closesAt
            ? ` · ${translate('impact.closes_at', { date: when(slot.closesAt, locale) })}`
            : ''}
        </Typography>
        {slot.state === 'closed' && (
          <Typography component="ul" sx={{ m: 0, pl: 3 }}>
            {CONVICTION_ITEMS.map((item) => (
              <li key={item}>
                {translate(`impact.items.${item}`)} : {slot.answers?.[item] ?? '—'}
              </li>
            ))}
          </Typography>
        )}
        {open && (
          <Form record={slot.answers ?? {}} onSubmit={onSubmit}>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('impact.scale_hint')}
            </Typography>
            {CONVICTION_ITEMS.map((item) => (
              <RadioButtonGroupInput
                key={item}
                source={item}
                label={translate(`impact.items.${item}`)}
                choices={SCALE}
                isRequired
                row
              />
            ))}
            <SaveButton />
          </Form>
        )}
      </CardContent>
    </Card>
  );
};

/** A participant's conviction questionnaires: before and after each of their cohorts. */
export const ConvictionPage = () => {
  const translate = useTranslate();
  const [round, setRound] = useState(0);
  const { data: slots } = useApiGet<ConvictionSlot[]>('/conviction', round);
  return (
    <Stack sx={{ gap: 2, mt: 2, maxWidth: 760 }}>
      <Title title="resources.conviction.name" />
      <Typography variant="h5" component="h1">
        {translate('resources.conviction.name', { smart_count: 1 })}
      </Typography>
      <Typography>{translate('impact.conviction_intro')}</Typography>
      {slots?.length === 0 && <Typography>{translate('impact.no_questionnaire')}</Typography>}
      {slots?.map((slot) => (
        <SlotCard
          key={`${slot.cohortId}-${slot.moment}`}
          slot={slot}
          onSaved={() => setRound((n) => n + 1)}
        />
      ))}
    </Stack>
  );
};
