import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  codes: string[];
  email: string;
  onDone: () => void;
}

/** Saves the codes as a text file in the browser (nothing leaves it). */
function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'upr-advocate-recovery-codes.txt';
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Recovery codes, shown once right after they are made: to copy or download, then gone (the
 * server keeps them encrypted and never shows them again).
 */
export function RecoveryCodes({ codes, email, onDone }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const text = [t('security.recovery.fileHeader', { email }), '', ...codes, ''].join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Plain-HTTP installs have no clipboard API: the codes stay on screen to select, or download.
      setCopied(false);
    }
  };
  return (
    <Paper withBorder p="md" bg="yellow.0">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('security.recovery.title')}
        </Title>
        <Alert color="orange" variant="light">
          {t('security.recovery.intro')}
        </Alert>
        <List aria-label={t('security.recovery.listLabel')} listStyleType="none" spacing={4} styles={{ root: { columns: 2, fontFamily: 'monospace', fontSize: '1.05rem' } }}>
          {codes.map((code) => (
            <List.Item key={code}>
              <Text span ff="monospace" style={{ userSelect: 'all' }}>
                {code}
              </Text>
            </List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={() => void copy()} aria-live="polite">
            {copied ? `✓ ${t('common.copied')}` : t('security.recovery.copy')}
          </Button>
          <Button variant="light" onClick={() => download(text)}>
            {t('security.recovery.download')}
          </Button>
          <Button onClick={onDone}>{t('security.recovery.done')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
