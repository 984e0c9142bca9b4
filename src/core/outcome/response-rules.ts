/**
 * What the State's response to a recommendation the campaign follows ("of interest") sets off,
 * after STRATEGY.md's stages `thank-states`, `lobby-noted` and `follow-up-accepted`:
 * - supported: it counts as accepted and needs no more lobbying; its implementation is monitored;
 * - noted: lobby the State's ministries to accept it before the HRC plenary adopts the outcome;
 * - partially supported: both — monitor the part accepted, lobby on the part noted;
 * - no clear response: lobby for a commitment;
 * - pending ("will be examined by …", the usual state between the review and the addendum):
 *   lobby, because the State is deciding its responses in exactly this window;
 * - unknown (null): nothing until a response is entered or imported.
 */
import { addDays, maxDate, type IsoDate } from '../dates.js';
import type { Response } from '../recommendations/responses.js';

export const OUTCOME_TASK_KINDS = ['thank', 'lobby'] as const;
export type OutcomeTaskKind = (typeof OUTCOME_TASK_KINDS)[number];

export interface ResponseConsequences {
  lobby: boolean;
  monitor: boolean;
}

const CONSEQUENCES: Record<Response, ResponseConsequences> = {
  supported: { lobby: false, monitor: true },
  'partially-supported': { lobby: true, monitor: true },
  noted: { lobby: true, monitor: false },
  'no-clear-response': { lobby: true, monitor: false },
  pending: { lobby: true, monitor: false },
};

const NOTHING: ResponseConsequences = { lobby: false, monitor: false };

/** Whether a recommendation needs lobbying and/or implementation monitoring. */
export function consequencesOf(response: Response | null, ofInterest: boolean): ResponseConsequences {
  if (!ofInterest || response === null) return NOTHING;
  return CONSEQUENCES[response];
}

/**
 * Lobbying should be done a week before the adopting HRC session opens (the plan's `adoption`
 * date): the State's delegation settles its final position before it leaves for Geneva, and
 * missions are too busy to meet once the session runs (STRATEGY.md, `geneva-missions`).
 */
export const LOBBY_LEAD_DAYS = 7;

/** The lobbying task's due date, or null once the outcome is adopted (then `dialogue-noted` takes over). */
export function lobbyDueDate(adoption: IsoDate, today: IsoDate): IsoDate | null {
  if (today > adoption) return null;
  return maxDate(addDays(adoption, -LOBBY_LEAD_DAYS), today);
}

/** Thanks go out once the draft report is public (R + 2 days, stage `thank-states`), within a week. */
export const THANK_WITHIN_DAYS = 7;

export function thankDueDate(reviewDate: IsoDate, today: IsoDate): IsoDate {
  return addDays(maxDate(addDays(reviewDate, 2), today), THANK_WITHIN_DAYS);
}
