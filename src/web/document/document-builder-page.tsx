import { Alert, Anchor, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { documentWordCount, MAX_KEY_ISSUES } from '../../core/campaign/key-issue-rules.js';
import type { DocumentSettingsDto } from '../../shared/contracts/advocacy.js';
import type { CampaignDto } from '../../shared/contracts/campaigns.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { campaignQuery } from '../campaigns/campaign-queries.js';
import { todayIso } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { DocumentExportMenu } from './document-export-menu.js';
import { DocumentPreview } from './document-preview.js';
import { advocacyQuery, useReorderKeyIssues } from './document-queries.js';
import { DocumentSettingsForm } from './document-settings-form.js';
import { draftOf, EMPTY_DRAFT, KeyIssueCard, type IssueDraft } from './key-issue-card.js';
import { WordBudgetMeter } from './word-budget-meter.js';

const NEW = 'new';

function previewDocument(campaign: CampaignDto, settings: DocumentSettingsDto, issues: IssueDraft[]): AdvocacyDocument {
  const lang = settings.language;
  return {
    language: lang,
    organisation: { name: settings.organisationName, about: settings.about },
    state: { iso3: campaign.state.iso3, name: campaign.state.names[lang] },
    reviewDate: campaign.reviewDate,
    session: campaign.session,
    documentDate: todayIso(),
    issues,
    contact: { name: settings.contactName, email: settings.contactEmail, phone: settings.contactPhone },
  };
}

/**
 * The document builder (stage `advocacy-document`): settings and up to four key issue cards on
 * the left, the factsheet preview updating as you type on the right, a word budget meter, and
 * the DOCX / PDF / print exports.
 */
export function DocumentBuilderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const campaign = useQuery(campaignQuery(id));
  const workspace = useQuery(advocacyQuery(id));
  const reorder = useReorderKeyIssues(id);
  const [drafts, setDrafts] = useState<Record<string, IssueDraft>>({});
  const [settingsDraft, setSettingsDraft] = useState<DocumentSettingsDto | null>(null);
  usePageTitle(t('document.title'));


  if (campaign.isPending || workspace.isPending) return <PageSkeleton />;
  const failed = campaign.error ?? workspace.error;
  if (failed) {
    if (isApiError(failed) && failed.code === 'not-found') return <NotFoundPage />;
    return <LoadError error={failed} onRetry={() => void Promise.all([campaign.refetch(), workspace.refetch()])} />;
  }
  const ws = workspace.data;
  if (!campaign.data || !ws) return <PageSkeleton />;
  const canEdit = can(me.role, 'campaign.update');
  const settings = settingsDraft ?? ws.settings;
  const issueDrafts = ws.issues.map((issue) => drafts[issue.id] ?? draftOf(issue));
  const adding = drafts[NEW];
  const previewIssues = adding ? [...issueDrafts, adding] : issueDrafts;
  const words = documentWordCount({ about: settings.about, issues: previewIssues });
  const full = ws.issues.length >= MAX_KEY_ISSUES;
  const unsaved = Object.keys(drafts).length > 0 || JSON.stringify(settings) !== JSON.stringify(ws.settings);
  const setDraft = (key: string, draft: IssueDraft | null) =>
    setDrafts((current) => {
      const next = { ...current };
      if (draft === null) delete next[key];
      else next[key] = draft;
      return next;
    });
  const move = (index: number, direction: -1 | 1) => {
    const ids = ws.issues.map((i) => i.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + direction, 0, moved!);
    reorder.mutate(ids);
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Anchor component={Link} to={`/campaigns/${campaign.data.id}`} size="sm" className="no-print">
          ← {campaign.data.name}
        </Anchor>
        <Title order={1}>{t('document.title')}</Title>
        <Text>{t('document.intro', { max: MAX_KEY_ISSUES })}</Text>
      </Stack>
      {!canEdit && <Alert color="gray">{t('document.readOnly')}</Alert>}
      <DocumentExportMenu campaignId={id} language={settings.language} ready={ws.issues.length > 0} unsaved={unsaved} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Stack gap="md">
            <DocumentSettingsForm campaignId={id} saved={ws.settings} draft={settings} canEdit={canEdit} onDraft={setSettingsDraft} />
            {ws.issues.map((issue, index) => (
              <KeyIssueCard
                key={issue.id}
                campaignId={id}
                issue={issue}
                number={index + 1}
                draft={issueDrafts[index]!}
                canEdit={canEdit}
                onDraft={(d) => setDraft(issue.id, d)}
                onDone={() => setDraft(issue.id, null)}
                onMove={(direction) => move(index, direction)}
                isFirst={index === 0}
                isLast={index === ws.issues.length - 1}
              />
            ))}
            {adding && (
              <KeyIssueCard campaignId={id} issue={null} number={ws.issues.length + 1} draft={adding} canEdit={canEdit} onDraft={(d) => setDraft(NEW, d)} onDone={() => setDraft(NEW, null)} />
            )}
            {canEdit && !adding && (
              <Paper withBorder p="md" radius="md">
                <Stack gap={6}>
                  <Button w="fit-content" disabled={full} onClick={() => setDraft(NEW, EMPTY_DRAFT)}>
                    + {t('document.addIssue')}
                  </Button>
                  <Text size="sm" c={full ? 'orange.9' : 'dimmed'} role={full ? 'status' : undefined}>
                    {full ? t('document.fullReason', { max: MAX_KEY_ISSUES }) : t('document.issuesLeft', { n: MAX_KEY_ISSUES - ws.issues.length, max: MAX_KEY_ISSUES })}
                  </Text>
                </Stack>
              </Paper>
            )}
          </Stack>
          <Stack gap="sm" style={{ position: 'sticky', top: 72 }}>
            <WordBudgetMeter words={words} budget={settings.wordBudget} />
            {ws.issues.length === 0 && !adding ? (
              <Alert color="blue" title={t('document.emptyTitle')}>
                {t('document.emptyText')}
              </Alert>
            ) : (
              <DocumentPreview doc={previewDocument(campaign.data, settings, previewIssues)} />
            )}
          </Stack>
      </SimpleGrid>
    </Stack>
  );
}
