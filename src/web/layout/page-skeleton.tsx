import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder of a page while its code or data loads; announced once to screen readers. */
export function PageSkeleton({ lines = 4 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" role="status" aria-label={t('app.loading')}>
      <Skeleton height={32} width="45%" />
      <Skeleton height={18} width="30%" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={72} />
      ))}
    </Stack>
  );
}
