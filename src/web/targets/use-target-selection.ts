import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { useAddTargets } from './target-queries.js';

function toggled(set: Set<string>, iso3: string): Set<string> {
  const next = new Set(set);
  if (next.has(iso3)) next.delete(iso3);
  else next.add(iso3);
  return next;
}

/**
 * The finder's row state: whose evidence is open, which States are ticked, and adding them to
 * the campaign's targets (one or several at once) with a notice when done.
 */
export function useTargetSelection(campaignId: string) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const add = useAddTargets(campaignId);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState<Set<string>>(new Set());

  const addTargets = (iso3s: string[]) => {
    setAdding(new Set(iso3s));
    add.mutate(iso3s, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message:
            iso3s.length === 1
              ? t('targets.addedOne', { state: labels.state(iso3s[0] ?? '') })
              : t('targets.addedMany', { n: iso3s.length }),
        });
        setSelected((current) => new Set([...current].filter((iso3) => !iso3s.includes(iso3))));
      },
      onSettled: () => setAdding(new Set()),
    });
  };

  return {
    open,
    toggleOpen: (iso3: string) => setOpen((current) => toggled(current, iso3)),
    selected,
    setSelected,
    toggleSelected: (iso3: string) => setSelected((current) => toggled(current, iso3)),
    adding,
    pending: add.isPending,
    addTargets,
  };
}
