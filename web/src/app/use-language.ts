import { useTranslation } from 'react-i18next';
import { type Me, useUpdatePreferences } from '../features/auth';
import { changeLocale, currentLocale, type Locale } from '../shared/i18n';

/** Switches the language on this device and, when signed in, in the user's preferences. */
export function useLanguage(me?: Me | null) {
  useTranslation();
  const updatePreferences = useUpdatePreferences();
  const locale = currentLocale();
  const setLocale = (next: Locale) => {
    void changeLocale(next);
    if (me && me.locale !== next) {
      updatePreferences.mutate(next);
    }
  };
  return { locale, setLocale };
}
