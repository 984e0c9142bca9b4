/**
 * The signed-in app shell: header (name, language, account), navigation (a drawer below the
 * `sm` breakpoint), and the page. Signed-out visitors are sent to /login and come back after.
 */
import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { meQuery } from '../auth/session-queries.js';
import { TwoFactorRequiredPage } from '../auth/two-factor-required-page.js';
import { securityStatusQuery } from '../settings/security-queries.js';
import { rememberLanguage } from '../i18n/i18n.js';
import { AccountSection } from './account-section.js';
import { LanguageSelect } from './language-select.js';
import { LoadError } from './load-error.js';
import { PageSkeleton } from './page-skeleton.js';
import { MAIN_ID, SkipLink } from './skip-link.js';
import { useFocusOnNavigate } from './use-focus-on-navigate.js';

const NAV = [
  { to: '/dashboard', key: 'app.nav.dashboard' },
  { to: '/campaigns', key: 'app.nav.campaigns' },
  { to: '/recommendations', key: 'app.nav.recommendations' },
  { to: '/settings', key: 'app.nav.settings' },
] as const;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery);
  // While the organisation requires two-step sign-in that this member has not set up, the server
  // answers nothing else: show the setup instead of the page (a failed check shows the page).
  const security = useQuery({ ...securityStatusQuery, enabled: Boolean(me.data) });
  const setupRequired = security.data?.setupRequired === true;
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  // The language saved in the account wins over the one remembered by this browser.
  const savedLanguage = me.data?.language;
  useEffect(() => {
    if (savedLanguage && savedLanguage !== i18n.language) {
      void i18n.changeLanguage(savedLanguage);
      rememberLanguage(savedLanguage);
    }
  }, [savedLanguage, i18n]);

  useEffect(close, [location.pathname, close]);
  useFocusOnNavigate();

  if (me.isPending || (me.data && security.isPending)) return <PageSkeleton />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('app.closeMenu') : t('app.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text component={Link} to="/dashboard" fw={700} size="lg" c="blue.8" style={{ textDecoration: 'none', whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate maw={260}>
              {me.data.organisation.name}
            </Text>
          </Group>
          <LanguageSelect />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="main-navigation">
        <AppShell.Section grow component="nav" aria-label={t('app.mainNav')}>
          {NAV.map((item) => {
            const active = location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.key)}
                active={active}
                aria-current={active ? 'page' : undefined}
                fw={active ? 600 : 400}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section>
          <AccountSection />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>{setupRequired ? <TwoFactorRequiredPage /> : <Outlet />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
