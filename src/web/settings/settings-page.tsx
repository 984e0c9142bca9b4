import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import { useMe } from '../auth/session-queries.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { AuditLogSection } from './audit-log-section.js';
import { CalendarFeedSection } from './calendar-feed-section.js';
import { CalendarImportSection } from './calendar-import-section.js';
import { InvitationsSection } from './invitations-section.js';
import { InviteForm } from './invite-form.js';
import { LanguageSection } from './language-section.js';
import { MembersSection } from './members-section.js';
import { OrganisationExportSection } from './organisation-export-section.js';
import { RecommendationImportSection } from './recommendation-import-section.js';
import { SecurityPolicySection } from './security-policy-section.js';
import { SecuritySection } from './security-section.js';

const TABS = ['team', 'security', 'language', 'calendar', 'recommendations', 'admin'] as const;
type Tab = (typeof TABS)[number];

/**
 * Team and invitations, my account's security, language, calendar subscription and, for admins,
 * the recommendations data import, the 2FA policy, calendar import and audit log.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const isAdmin = can(me.role, 'calendar.import') || can(me.role, 'audit.read');
  const canImport = can(me.role, 'recommendations.import');
  const tabs = TABS.filter((tab) => (tab === 'admin' ? isAdmin : tab === 'recommendations' ? canImport : true));
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && tabs.includes(requested) ? requested : 'team';
  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'team' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List className="no-print">
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(value === 'security' ? 'security.tab' : `settings.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="team" pt="md">
          <Stack gap="xl">
            <MembersSection />
            {can(me.role, 'member.invite') && <InviteForm />}
            {can(me.role, 'member.invite') && <InvitationsSection />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <SecuritySection />
        </Tabs.Panel>
        <Tabs.Panel value="language" pt="md">
          <LanguageSection />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          {can(me.role, 'feed.manage') && <CalendarFeedSection />}
        </Tabs.Panel>
        {canImport && (
          <Tabs.Panel value="recommendations" pt="md">
            <RecommendationImportSection />
          </Tabs.Panel>
        )}
        {isAdmin && (
          <Tabs.Panel value="admin" pt="md">
            <Stack gap="xl">
              {can(me.role, 'member.update') && <SecurityPolicySection />}
              {can(me.role, 'calendar.import') && <CalendarImportSection />}
              {can(me.role, 'audit.read') && <AuditLogSection />}
              {can(me.role, 'organisation.export') && <OrganisationExportSection />}
            </Stack>
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
