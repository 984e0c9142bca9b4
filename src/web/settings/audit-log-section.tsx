import { Code, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { auditQuery, type AuditEntry } from './settings-queries.js';

function changesText(changes: unknown): string {
  if (changes === null || changes === undefined || changes === '') return '';
  const text = typeof changes === 'string' ? changes : JSON.stringify(changes);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The last 50 changes in the organisation: who did what, when. */
export function AuditLogSection() {
  const { t, i18n } = useTranslation();
  const audit = useQuery(auditQuery);
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('settings.auditAt'), render: (e) => formatInstant(e.at, i18n.language) },
    { key: 'actor', header: t('settings.auditActor'), render: (e) => e.actorName ?? t('settings.systemActor') },
    { key: 'action', header: t('settings.auditAction'), render: (e) => <Code>{e.action}</Code> },
    {
      key: 'object',
      header: t('settings.auditObject'),
      render: (e) => (
        <span title={e.objectId ?? undefined}>
          {e.objectType} {e.objectId && e.objectId.length > 12 ? `${e.objectId.slice(0, 8)}…` : e.objectId}
        </span>
      ),
    },
    {
      key: 'changes',
      header: t('settings.auditChanges'),
      render: (e) => (
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {changesText(e.changes)}
        </Text>
      ),
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="audit-title">
      <Title order={2} size="h3" id="audit-title">
        {t('settings.auditTitle')}
      </Title>
      {audit.isPending && <PageSkeleton lines={2} />}
      {audit.isError && <LoadError error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data?.length === 0 && <Text size="sm">{t('settings.auditEmpty')}</Text>}
      {audit.data && audit.data.length > 0 && (
        <ResponsiveTable label={t('settings.auditTitle')} columns={columns} rows={audit.data} rowKey={(e) => String(e.id)} />
      )}
    </Stack>
  );
}
