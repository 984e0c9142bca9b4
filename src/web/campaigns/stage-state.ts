import type { StageDto } from '../../shared/contracts/index.js';

/** How a stage is shown: running now, ahead, done with, or missed but still worth doing. */
export type StageState = 'current' | 'upcoming' | 'past' | 'late';

export function stageState(stage: Pick<StageDto, 'status' | 'actionableLate'>): StageState {
  if (stage.status === 'past') return stage.actionableLate ? 'late' : 'past';
  return stage.status;
}

/** Blue and orange stay distinct for the common colour-vision deficiencies; text always goes with them. */
export const STAGE_STATE_COLORS: Record<StageState, string> = {
  current: 'blue',
  upcoming: 'cyan',
  past: 'gray',
  late: 'orange',
};
