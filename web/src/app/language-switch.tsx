import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../shared/i18n';
import { useLanguage } from './use-language';

/** The compact switch on screens shown before the shell (sign-in, forced steps). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLanguage();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      aria-label={t('shell.language')}
      data-testid="lang-switch"
      options={LOCALES.map((value) => ({
        value,
        label: <span data-testid={`lang-${value}`}>{t(`languages.${value}`)}</span>,
      }))}
    />
  );
}
