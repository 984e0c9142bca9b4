import { Box, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSelect } from './language-select.js';
import { PageSkeleton } from './page-skeleton.js';
import { MAIN_ID, SkipLink } from './skip-link.js';
import { useFocusOnNavigate } from './use-focus-on-navigate.js';

/** Frame of the pages seen before signing in: setup, login, invitation. */
export function PublicLayout() {
  const { t } = useTranslation();
  useFocusOnNavigate();
  return (
    <>
      <SkipLink />
      <Box component="header" className="no-print" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" maw={960} mx="auto">
          <Text fw={700} size="lg" c="blue.8">
            {t('app.name')}
          </Text>
          <LanguageSelect />
        </Group>
      </Box>
      <Container component="main" id={MAIN_ID} tabIndex={-1} size={480} py="xl">
        <Suspense fallback={<PageSkeleton lines={3} />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}
