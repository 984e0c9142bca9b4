import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageDto } from '../../shared/contracts/index.js';
import { STAGE_STATE_COLORS, stageState } from './stage-state.js';

export function StageStateBadge({ stage }: { stage: Pick<StageDto, 'status' | 'actionableLate'> }) {
  const { t } = useTranslation();
  const state = stageState(stage);
  return (
    <Badge color={STAGE_STATE_COLORS[state]} variant={state === 'current' ? 'filled' : 'light'} tt="none">
      {t(`status.${state}`)}
    </Badge>
  );
}
