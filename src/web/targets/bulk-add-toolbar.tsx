import { Button, Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface BulkAddToolbarProps {
  /** How many rows can still be added, and how many of them are ticked. */
  addableCount: number;
  selectedCount: number;
  onToggleAll: () => void;
  onAddSelected: () => void;
  /** An add is in flight; `bulk` when it adds several States. */
  pending: boolean;
  bulk: boolean;
}

/** "Select all" and "Add selected" above the ranked States. */
export function BulkAddToolbar({ addableCount, selectedCount, onToggleAll, onAddSelected, pending, bulk }: BulkAddToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" className="no-print">
      <Checkbox
        label={t('targets.selectAll')}
        checked={selectedCount === addableCount}
        indeterminate={selectedCount > 0 && selectedCount < addableCount}
        onChange={onToggleAll}
      />
      <Button disabled={selectedCount === 0 || pending} loading={pending && bulk} onClick={onAddSelected}>
        {t('targets.addSelected', { n: selectedCount })}
      </Button>
    </Group>
  );
}
