import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, UI_LANGUAGES } from '../../shared/i18n/index.js';
import { useLanguage } from '../i18n/use-language.js';

export function LanguageSection() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Stack gap="xs">
      <Text>{t('settings.languageIntro')}</Text>
      <Radio.Group label={t('language.label')} value={language} onChange={(value) => isUiLanguage(value) && setLanguage(value)}>
        <Stack gap="xs" mt="xs">
          {UI_LANGUAGES.map((code) => (
            <Radio key={code} value={code} label={<span lang={code}>{t(`language.${code}`)}</span>} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
