import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { formatInstant } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import type { AuditEntry } from './settings-queries.js';

const PAGE = 50;

function changesText(changes: unknown): string {
  if (changes === null || changes === undefined || changes === '') return '';
  const text = typeof changes === 'string' ? changes : JSON.stringify(changes);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The organisation's changes, newest first, 50 at a time: who did what to which object, when. */
export function AuditLogSection() {
  const { t, i18n } = useTranslation();
  const audit = useInfiniteQuery({
    queryKey: queryKeys.audit,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => http<AuditEntry[]>(`/api/audit?limit=${PAGE}${pageParam === null ? '' : `&before=${pageParam}`}`),
    // A short page is the last one; otherwise older entries start below the last id shown.
    getNextPageParam: (last) => (last.length < PAGE ? undefined : Number(last[last.length - 1]!.id)),
  });
  const entries = audit.data?.pages.flat() ?? [];
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
      {audit.isSuccess && entries.length === 0 && <Text size="sm">{t('settings.auditEmpty')}</Text>}
      {entries.length > 0 && <ResponsiveTable label={t('settings.auditTitle')} columns={columns} rows={entries} rowKey={(e) => String(e.id)} />}
      {audit.hasNextPage && (
        <Button variant="default" size="xs" w="fit-content" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
          {t('settings.auditOlder')}
        </Button>
      )}
    </Stack>
  );
}
