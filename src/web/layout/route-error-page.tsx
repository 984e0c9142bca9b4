import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Shown when a page throws while rendering (or its code failed to download). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <Container size={560} py="xl">
      <Stack role="alert">
        <Title order={1}>{t('app.crashTitle')}</Title>
        <Text>{t('app.crashText')}</Text>
        <Button w="fit-content" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Stack>
    </Container>
  );
}
