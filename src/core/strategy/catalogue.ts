/**
 * The advocacy strategy of STRATEGY.md as data: every stage under its stable key, its window
 * relative to the review date R, its tasks, notes and tips. Texts live in stage-texts.*.ts;
 * this file holds only structure, so the planner and its tests never depend on wording.
 */

export const STAGE_KEYS = [
  'national-consultations',
  'advocacy-document',
  'target-states',
  'embassies',
  'stakeholders-summary',
  'national-report',
  'geneva-missions',
  'pre-session',
  'review',
  'outcome-report',
  'thank-states',
  'lobby-noted',
  'follow-up-accepted',
  'dialogue-noted',
  'mid-term-report',
  'next-cycle',
  'update-recommending-states',
  'start-again',
] as const;

export type StageKey = (typeof STAGE_KEYS)[number];

/**
 * A point in the cycle: months and days from an anchor. `review` is R; `adoption` is the HRC
 * plenary that adopts the outcome (known from the calendar, else R + 5 months); `nextReview`
 * is the State's next review (about 4½ years after R).
 */
export interface Offset {
  anchor: 'review' | 'adoption' | 'nextReview';
  months?: number;
  days?: number;
}

export interface TaskDef {
  key: string;
  /** Days after the stage starts; the task is due at the stage's end when absent. */
  dueDays?: number;
}

/** Which tool of the product does the stage's work (a button on the stage page). */
export type StageTool = 'document' | 'targets' | 'outreach' | 'outcome' | 'monitoring' | 'next-cycle';

export interface StageDef {
  key: StageKey;
  start: Offset;
  end: Offset;
  tasks: readonly TaskDef[];
  notes: readonly string[];
  tips: readonly string[];
  tool?: StageTool;
  /**
   * Whether the work still pays off once the window has passed ("you can start at any stage"):
   * an advocacy document is worth writing late; a missed review day is not.
   */
  worthDoingLate: boolean;
}

const R = (months = 0, days = 0): Offset => ({ anchor: 'review', months, days });

export const STAGES: readonly StageDef[] = [
  {
    key: 'national-consultations',
    start: R(-12),
    end: R(-6),
    tasks: [{ key: 'encourage-consultations', dueDays: 30 }, { key: 'take-part' }],
    notes: ['hrc-resolution-5-1', 'national-report-deadline'],
    tips: ['cite-consultations'],
    worthDoingLate: true,
  },
  {
    key: 'advocacy-document',
    start: R(-6),
    end: R(-4),
    tasks: [{ key: 'choose-issues', dueDays: 14 }, { key: 'write-issues', dueDays: 42 }, { key: 'write-about-organisation' }],
    notes: ['max-four-issues'],
    tips: ['refer-to-submission'],
    tool: 'document',
    worthDoingLate: true,
  },
  {
    key: 'target-states',
    start: R(-6),
    end: R(-4),
    tasks: [{ key: 'search-database', dueDays: 21 }, { key: 'check-past-recommendations', dueDays: 42 }, { key: 'list-interested-states' }],
    notes: [],
    tips: [],
    tool: 'targets',
    worthDoingLate: true,
  },
  {
    key: 'embassies',
    start: R(-4),
    end: R(-3),
    // The follow-up call falls one week after the document is sent (STRATEGY.md).
    tasks: [{ key: 'find-upr-contact', dueDays: 7 }, { key: 'send-document', dueDays: 14 }, { key: 'follow-up-call', dueDays: 21 }, { key: 'request-meeting' }],
    notes: ['no-upr-person'],
    tips: ['group-briefing'],
    tool: 'outreach',
    worthDoingLate: true,
  },
  {
    key: 'stakeholders-summary',
    start: R(-3),
    end: R(-2),
    tasks: [{ key: 'read-summary', dueDays: 7 }, { key: 'check-submission-included', dueDays: 14 }, { key: 'add-references', dueDays: 21 }, { key: 'remind-states' }],
    notes: [],
    tips: [],
    tool: 'document',
    worthDoingLate: true,
  },
  {
    key: 'national-report',
    start: R(-2),
    end: R(-1),
    tasks: [{ key: 'read-national-report', dueDays: 10 }, { key: 'check-priority-issues', dueDays: 17 }, { key: 'brief-targets' }],
    notes: [],
    tips: [],
    worthDoingLate: true,
  },
  {
    key: 'geneva-missions',
    start: R(-2),
    end: R(-1),
    tasks: [{ key: 'find-mission-contact', dueDays: 7 }, { key: 'send-document', dueDays: 14 }, { key: 'follow-up-call', dueDays: 21 }],
    notes: ['avoid-sessions', 'session-month-before'],
    tips: ['mission-contacts'],
    tool: 'outreach',
    worthDoingLate: true,
  },
  {
    key: 'pre-session',
    start: R(-2),
    end: R(-1),
    tasks: [{ key: 'decide-geneva', dueDays: 7 }, { key: 'register', dueDays: 14 }, { key: 'prepare-presentation' }],
    notes: ['pre-session-details'],
    tips: ['extra-meetings'],
    worthDoingLate: false,
  },
  {
    key: 'review',
    start: R(),
    end: R(),
    tasks: [{ key: 'attend-or-watch' }],
    notes: ['broadcast'],
    tips: [],
    worthDoingLate: false,
  },
  {
    key: 'outcome-report',
    start: R(0, 2),
    end: R(0, 2),
    tasks: [{ key: 'read-draft-report' }, { key: 'check-issues-raised' }, { key: 'share-results' }],
    notes: [],
    tips: [],
    tool: 'outcome',
    worthDoingLate: true,
  },
  {
    key: 'thank-states',
    start: R(0, 2),
    // STRATEGY.md gives no end; thanks lose their point after a month.
    end: R(1, 2),
    tasks: [{ key: 'identify-supportive-states', dueDays: 7 }, { key: 'send-thanks' }],
    notes: [],
    tips: [],
    tool: 'outcome',
    worthDoingLate: true,
  },
  {
    key: 'lobby-noted',
    start: R(),
    end: { anchor: 'adoption' },
    tasks: [{ key: 'request-ministry-meetings', dueDays: 30 }, { key: 'argue-for-acceptance' }],
    notes: ['supported-need-no-lobbying'],
    tips: ['involve-nhri-and-parliament'],
    tool: 'outcome',
    worthDoingLate: false,
  },
  {
    key: 'follow-up-accepted',
    start: R(5),
    end: R(12),
    tasks: [{ key: 'offer-help', dueDays: 60 }, { key: 'propose-action-plan' }],
    notes: [],
    tips: [],
    tool: 'monitoring',
    worthDoingLate: true,
  },
  {
    key: 'dialogue-noted',
    start: R(5),
    end: R(12),
    tasks: [{ key: 'discuss-reasons' }],
    notes: [],
    tips: [],
    worthDoingLate: true,
  },
  {
    key: 'mid-term-report',
    start: R(24),
    end: R(30),
    tasks: [{ key: 'write-own-report' }, { key: 'encourage-state-report', dueDays: 60 }],
    notes: [],
    tips: [],
    tool: 'monitoring',
    worthDoingLate: true,
  },
  {
    key: 'next-cycle',
    start: R(42),
    end: R(48),
    tasks: [{ key: 'urge-consultations' }],
    notes: [],
    tips: [],
    worthDoingLate: true,
  },
  {
    key: 'update-recommending-states',
    start: R(42),
    end: R(48),
    tasks: [{ key: 'update-states', dueDays: 60 }, { key: 'urge-bilateral' }],
    notes: [],
    tips: ['people-change'],
    tool: 'outreach',
    worthDoingLate: true,
  },
  {
    key: 'start-again',
    start: R(48),
    end: { anchor: 'nextReview' },
    tasks: [{ key: 'create-next-campaign' }],
    notes: [],
    tips: [],
    tool: 'next-cycle',
    worthDoingLate: true,
  },
];

export function stageDef(key: StageKey): StageDef {
  const stage = STAGES.find((s) => s.key === key);
  if (!stage) throw new Error(`unknown stage ${key}`);
  return stage;
}
