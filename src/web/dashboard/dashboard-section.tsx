import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  count: number;
  color: string;
  hint?: string;
  empty: ReactNode;
  children: ReactNode;
}

/** A titled block of the weekly view with its count, or its empty state. */
export function DashboardSection({ id, title, count, color, hint, empty, children }: Props) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group gap="xs">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        <Badge color={color} variant={count ? 'filled' : 'light'} aria-hidden>
          {count}
        </Badge>
      </Group>
      {hint && count > 0 && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      {count > 0 ? children : empty}
    </Stack>
  );
}
