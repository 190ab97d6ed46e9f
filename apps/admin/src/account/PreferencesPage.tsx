import { Card, CardContent } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  CheckboxGroupInput,
  Form,
  SaveButton,
  SelectInput,
  Title,
  useLocaleState,
  useNotify,
} from 'react-admin';
import { localeChoices } from '../choices';
import { useRefusal } from '../common/useRefusal';
import { httpClient } from '../providers/http';

interface Preferences {
  locale: 'fr' | 'en';
  emailOptOut: string[];
}

/** The categories a person may turn off by email; account messages always go out. */
const categoryChoices = ['applications', 'enrolment', 'reminders', 'prototypes'].map((id) => ({
  id,
  name: `apprenance.preferences.categories.${id}`,
}));

/** The signed-in person's language and the messages they do not want by email. */
export const PreferencesPage = () => {
  const notify = useNotify();
  const refused = useRefusal();
  const [, setLocale] = useLocaleState();
  const [preferences, setPreferences] = useState<Preferences>();
  useEffect(() => {
    void httpClient('/auth/preferences').then(({ json }) => setPreferences(json as Preferences));
  }, []);
  const save = async (values: Partial<Preferences>) => {
    try {
      const { json } = await httpClient('/auth/preferences', {
        method: 'PUT',
        body: JSON.stringify({ locale: values.locale, emailOptOut: values.emailOptOut }),
      });
      setPreferences(json as Preferences);
      setLocale((json as Preferences).locale);
      notify('apprenance.preferences.saved', { type: 'success' });
    } catch (error) {
      return refused(error);
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="apprenance.preferences.title" />
      <CardContent>
        {preferences && (
          <Form defaultValues={preferences} onSubmit={save}>
            <SelectInput
              source="locale"
              label="apprenance.preferences.locale"
              choices={localeChoices}
            />
            <CheckboxGroupInput
              source="emailOptOut"
              label="apprenance.preferences.email_opt_out"
              helperText="apprenance.preferences.always_sent"
              choices={categoryChoices}
            />
            <SaveButton />
          </Form>
        )}
      </CardContent>
    </Card>
  );
};
