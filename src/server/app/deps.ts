/**
 * What every use case receives: the database, reference data, the clock and the mailer.
 * Use cases are `verbNoun(deps, actor, input)`: authorize → load → core → persist in one
 * transaction → return a DTO.
 */
import type { Kysely } from 'kysely';
import type { Action, Role } from '../../core/access/roles.js';
import { can } from '../../core/access/roles.js';
import type { IsoDate } from '../../core/dates.js';
import { AppError } from '../../core/errors.js';
import type { UprCalendar } from '../../core/upr/calendar.js';
import type { Engine } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { Mailer } from '../mail/mailer.js';
import type { StateRegistry } from '../reference/state-registry.js';

export interface Clock {
  /** Today's civil date (UTC). */
  today(): IsoDate;
  /** The current instant as an ISO string. */
  now(): string;
}

export type { Mailer };

export interface CalendarStore {
  get(): UprCalendar;
  reload(): Promise<void>;
}

export interface AppDeps {
  db: Kysely<Database>;
  engine: Engine;
  states: StateRegistry;
  calendar: CalendarStore;
  clock: Clock;
  mailer: Mailer | null;
  /** Base address for links sent to people (invitations, calendar feeds). */
  publicUrl: string;
}

/** A signed-in user acting inside one organisation. */
export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
}

export function authorize(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) throw new AppError('forbidden', `Your role (${actor.role}) may not do this: ${action}`);
}

export function systemClock(fixedToday: string | null = null): Clock {
  return {
    today: () => fixedToday ?? new Date().toISOString().slice(0, 10),
    now: () => new Date().toISOString(),
  };
}

export function notFound(what: string): AppError {
  return new AppError('not-found', `${what} not found`);
}
