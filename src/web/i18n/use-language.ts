/**
 * Switching the interface language: immediately in the page, in localStorage (for the next
 * visit before sign-in) and, when signed in, in the user's account.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/contracts/index.js';
import type { UiLanguage } from '../../shared/i18n/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { currentLanguage, rememberLanguage } from './i18n.js';

export function useLanguage(): { language: UiLanguage; setLanguage: (language: UiLanguage) => void } {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (language: UiLanguage) => http<unknown>('/api/me/language', { method: 'PUT', body: { language } }),
  });
  const setLanguage = (language: UiLanguage) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    const me = client.getQueryData<MeResponse | null>(queryKeys.me);
    if (me) {
      client.setQueryData<MeResponse>(queryKeys.me, { ...me, language });
      save.mutate(language);
    }
  };
  return { language: currentLanguage(), setLanguage };
}
