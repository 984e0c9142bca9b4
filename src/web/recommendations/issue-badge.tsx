import { Badge } from '@mantine/core';

/** A UPR Info issue as a grey tag; long labels wrap instead of being cut off on phones. */
export function IssueBadge({ label, role }: { label: string; role?: string }) {
  return (
    <Badge
      variant="light"
      color="gray"
      tt="none"
      fw={500}
      h="auto"
      py={2}
      maw="100%"
      role={role}
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.35 } }}
    >
      {label}
    </Badge>
  );
}
