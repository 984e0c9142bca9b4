import { Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder cards while the first page of results loads. */
export function ResultsSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-busy="true" aria-label={t('app.loading')}>
      {[1, 2, 3, 4].map((i) => (
        <Paper key={i} withBorder p="md">
          <Skeleton height={16} width="40%" mb="sm" />
          <Skeleton height={12} mb={6} />
          <Skeleton height={12} mb={6} />
          <Skeleton height={12} width="70%" />
        </Paper>
      ))}
    </Stack>
  );
}
