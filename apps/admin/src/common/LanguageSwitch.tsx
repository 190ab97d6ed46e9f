import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

const LANGUAGES = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
] as const;

/** Français | English, for pages without the app bar's menu (sign-in, the public side). */
export const LanguageSwitch = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={locale}
      onChange={(_, next: string | null) => next && setLocale(next)}
      aria-label={translate('screens.language')}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language.locale} value={language.locale} lang={language.locale}>
          {language.name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
