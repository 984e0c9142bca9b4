import type { StageDto, TaskDto } from '../../shared/contracts/index.js';

/** The open tasks of a stage, soonest first. */
export function openTasks(stage: StageDto, limit = Infinity): TaskDto[] {
  return stage.tasks
    .filter((task) => !task.done)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .slice(0, limit);
}
