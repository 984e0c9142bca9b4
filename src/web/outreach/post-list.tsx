import { ActionIcon, Anchor, Collapse, Group, List, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PersonDto, PostDto } from '../../shared/contracts/outreach.js';
import { formatDate, formatRange } from '../i18n/format.js';
import type { ChannelContext, OpenDialog } from './outreach-dialog.js';

/** E-mail and phone as links, so a click on a phone calls and one on the address writes. */
function ContactLine({ person }: { person: Pick<PersonDto, 'email' | 'phone'> }) {
  if (!person.email && !person.phone) return null;
  return (
    <Group gap={8} component="span" wrap="wrap">
      {person.email && (
        <Anchor href={`mailto:${person.email}`} size="xs" style={{ wordBreak: 'break-all' }}>
          {person.email}
        </Anchor>
      )}
      {person.phone && (
        <Anchor href={`tel:${person.phone.replace(/[^\d+]/g, '')}`} size="xs">
          {person.phone}
        </Anchor>
      )}
    </Group>
  );
}

function FormerHolders({ post }: { post: PostDto }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const id = `history-${post.id}`;
  const period = (p: PersonDto) =>
    p.since && p.until ? formatRange(p.since, p.until, i18n.language) : t('outreach.people.until', { date: formatDate(p.until ?? '', i18n.language) });
  return (
    <>
      <UnstyledButton onClick={toggle} aria-expanded={opened} aria-controls={id} fz="xs" c="blue.8" td="underline">
        {opened ? '▾' : '▸'} {t('outreach.people.history', { n: post.previous.length })}
      </UnstyledButton>
      <Collapse expanded={opened} id={id}>
        <List size="xs" spacing={2} mt={2}>
          {post.previous.map((p) => (
            <List.Item key={p.id}>
              {p.name} · {period(p)}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </>
  );
}

interface Props {
  target: ChannelContext;
  canEdit: boolean;
  onOpen: OpenDialog;
}

/** Each post of a channel with its current holder ("UPR focal point → Anna Schmidt") and its former holders a click away. */
export function PostList({ target, canEdit, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { posts } = target.channel;
  if (posts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('outreach.people.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {posts.map((post) => {
        const current = post.current;
        return (
          <li key={post.id}>
            <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm">
                  <Text span fw={600} inherit>
                    {post.title}
                  </Text>
                  {' → '}
                  {current ? current.name : <Text span fs="italic" c="dimmed" inherit>{t('outreach.people.vacant')}</Text>}
                </Text>
                {current && <ContactLine person={current} />}
                {current?.since && (
                  <Text size="xs" c="dimmed">
                    {t('outreach.people.since', { date: formatDate(current.since, i18n.language) })}
                  </Text>
                )}
                {post.previous.length > 0 && <FormerHolders post={post} />}
              </Stack>
              {canEdit && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('outreach.actions.postMenu', { post: post.title })}>
                      ⋯
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onOpen({ type: 'successor', target, post })}>{current ? t('outreach.actions.successor') : t('outreach.actions.appoint')}</Menu.Item>
                    {current && <Menu.Item onClick={() => onOpen({ type: 'edit-person', target, post, person: current })}>{t('outreach.actions.editPerson')}</Menu.Item>}
                    {current && (
                      <Menu.Item color="red" onClick={() => onOpen({ type: 'leave', target, post, person: current })}>
                        {t('outreach.actions.left')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
