import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFoundTitle'));
  return (
    <Container size={560} py="xl">
      <Stack>
        <Title order={1}>{t('app.notFoundTitle')}</Title>
        <Text>{t('app.notFoundText')}</Text>
        <Button component={Link} to="/dashboard" w="fit-content">
          {t('app.goHome')}
        </Button>
      </Stack>
    </Container>
  );
}
