/**
 * Keyboard shortcuts of the matching screen, on a focused suggestion: A confirms, R rejects,
 * U undoes, J / ↓ moves to the next suggestion and K / ↑ to the previous one. After a decision
 * the focus moves to the next suggestion still waiting, so a list is worked through by keys alone.
 */
import type { KeyboardEvent } from 'react';
import type { MatchStatus } from '../../shared/contracts/outcome-campaign.js';

export type MatchingCommand = { decide: MatchStatus } | { move: 1 | -1 };

const KEYS: Record<string, MatchingCommand> = {
  a: { decide: 'confirmed' },
  r: { decide: 'rejected' },
  u: { decide: 'suggested' },
  j: { move: 1 },
  arrowdown: { move: 1 },
  k: { move: -1 },
  arrowup: { move: -1 },
};

/** The command of a key press, or null (typing in a field, or with a modifier key). */
export function matchingCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): MatchingCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}

const items = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('[data-match-id]'));

/** The suggestion element an event happened in (the item itself or one of its buttons). */
export function suggestionOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement ? target.closest<HTMLElement>('[data-match-id]') : null;
}

/** Focuses the suggestion `step` places away from `current`; stays put at either end. */
export function moveFocus(root: HTMLElement, current: HTMLElement, step: 1 | -1): void {
  const all = items(root);
  all[all.indexOf(current) + step]?.focus();
}

/** After deciding `current`: the next suggestion still waiting for a decision, else the next one. */
export function focusNextUndecided(root: HTMLElement, current: HTMLElement): void {
  const all = items(root);
  const after = all.slice(all.indexOf(current) + 1);
  (after.find((el) => el.dataset.status === 'suggested') ?? after[0])?.focus();
}
