import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/** The first focusable element of every page: jumps over the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('app.skipLink')}
    </a>
  );
}
