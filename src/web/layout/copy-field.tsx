import { Button, Group, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret or link shown once, selectable, with a copy button. The Clipboard API needs HTTPS
 * or localhost; on a plain-HTTP intranet install we fall back to selecting the text.
 */
export function CopyField({ label, value, description }: { label: string; value: string; description?: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      input.current?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        ref={input}
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={() => void copy()} aria-live="polite">
        {copied ? `✓ ${t('common.copied')}` : t('common.copy')}
      </Button>
    </Group>
  );
}
