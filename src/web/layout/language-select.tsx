import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, UI_LANGUAGES } from '../../shared/i18n/index.js';
import { useLanguage } from '../i18n/use-language.js';

/**
 * The header's language switch. A native select: keyboard and screen-reader friendly on every
 * device, scales to more languages, and costs no popup code on the first download.
 */
export function LanguageSelect() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <NativeSelect
      size="xs"
      w={112}
      aria-label={t('language.label')}
      value={language}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isUiLanguage(value)) setLanguage(value);
      }}
    >
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
