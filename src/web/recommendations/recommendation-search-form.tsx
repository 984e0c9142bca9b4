import { Button, Group, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_TEXT_LENGTH } from '../../shared/contracts/recommendations.js';

interface RecommendationSearchFormProps {
  text: string;
  onTextChange: (text: string) => void;
  onSubmit: (event: FormEvent) => void;
}

/** The words box of the recommendations search. */
export function RecommendationSearchForm({ text, onTextChange, onSubmit }: RecommendationSearchFormProps) {
  const { t } = useTranslation();
  return (
    <form role="search" onSubmit={onSubmit}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          type="search"
          label={t('recommendations.searchLabel')}
          description={t('recommendations.searchHint')}
          placeholder={t('recommendations.searchPlaceholder')}
          value={text}
          maxLength={MAX_SEARCH_TEXT_LENGTH}
          onChange={(event) => onTextChange(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit">{t('recommendations.searchButton')}</Button>
      </Group>
    </form>
  );
}
