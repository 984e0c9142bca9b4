import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title: "Page · UPR Advocate". */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
