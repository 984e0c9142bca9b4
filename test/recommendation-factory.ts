/**
 * Recommendations written straight into the tables (not through the importer), with fixed ids
 * so that both engines hold exactly the same rows in the same order. The texts, States,
 * responses, action categories and issues are real rows of UPR Info's database (sessions 1–20,
 * ../shared/data/upr_info_sessions01-20), a joint recommendation being one row with several
 * recommending States.
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import { refreshLinkLists } from '../src/server/db/repos/recommendations-repo.js';
import type { Database } from '../src/server/db/schema.js';

export interface RecommendationSpec {
  /** Short stable name; the id is `rec-<namespace label>-<key>`. */
  key: string;
  cycle: number;
  session: number;
  sur: string;
  rs: string[];
  response: string;
  ac: number | null;
  issues: string[];
  text: string;
  paragraph?: string;
  document?: string;
}

const spec = (
  key: string,
  cycle: number,
  session: number,
  sur: string,
  rs: string | string[],
  response: 'supported' | 'noted',
  ac: number | null,
  issues: string,
  text: string,
  extra: Partial<RecommendationSpec> = {},
): RecommendationSpec => ({ key, cycle, session, sur, rs: Array.isArray(rs) ? rs : [rs], response, ac, issues: issues ? issues.split('; ') : [], text, ...extra });

const INSTR = 'International instruments';
const TORTURE = 'Torture and other CID treatment';

/** The instance-wide library (UPRI-S01-00003, UPRI-S17-01178, …). */
export const LIBRARY_RECS: RecommendationSpec[] = [
  spec('L01', 1, 1, 'DZA', 'FRA', 'supported', 4, `Enforced disappearances; ${INSTR}`, 'Take steps to ratify the International Convention for the Protection of All Persons from Enforced Disappearance.', { paragraph: '1', document: 'A/HRC/8/29' }),
  spec('L02', 2, 17, 'MYS', 'ITA', 'noted', 5, INSTR, 'Become soon a Party to the core international Conventions on human rights that Malaysia has not ratified yet'),
  spec('L03', 1, 1, 'CZE', 'MEX', 'supported', 3, `Disabilities; ${INSTR}`, 'Consider the ratification of the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto.'),
  spec('L04', 1, 1, 'FIN', 'DZA', 'supported', 3, `${INSTR}; Labour; Migrants`, 'Consider ratifying the International Convention for the Protection of the Rights of All Migrant Workers and Members of Their Families.'),
  spec('L05', 2, 13, 'DZA', 'NOR', 'noted', 4, `Death penalty; ${INSTR}`, 'Take all necessary measures to abolish the death penalty and ratify, the Second Optional Protocol to the ICCPR'),
  spec('L06', 2, 17, 'CHN', 'SVN', 'noted', 5, 'Death penalty', 'Establish a moratorium on the death penalty as a first step towards abolition of the death penalty'),
  spec('L07', 1, 8, 'GUY', 'BRA', 'noted', 5, 'Death penalty', 'Declare a moratorium on executions with a view to abolishing the death penalty'),
  spec('L08', 1, 1, 'DZA', 'SWE', 'supported', 4, TORTURE, 'Take measures for the prevention of torture and other cruel, inhuman and degrading treatment.'),
  spec('L09', 2, 16, 'COL', 'MEX', 'noted', 5, `Detention; ${INSTR}; ${TORTURE}`, 'Ratify the Optional Protocol to the Convention against Torture'),
  spec('L10', 2, 13, 'ZAF', 'DNK', 'noted', 5, `Detention; ${INSTR}; ${TORTURE}`, 'Deposit at the earliest possible date its instrument of ratification to OP-CAT'),
  spec('L11', 2, 17, 'TCD', 'CZE', 'noted', 4, 'Freedom of the press; Human rights defenders', 'Protect journalists and human rights defenders and ensure that they can operate freely and without fear of reprisal'),
  spec('L12', 1, 6, 'COD', 'NOR', 'supported', 4, 'Freedom of the press; Human rights defenders', 'Ensure that crimes and violations against human rights defenders and journalists are effectively investigated and prosecuted'),
  spec('L13', 2, 14, 'ARG', 'PRT', 'supported', 5, `${INSTR}; Rights of the Child`, 'Ratify the new optional protocol to the Convention on the Rights of the Child'),
  spec('L14', 2, 17, 'SAU', 'MDV', 'supported', 5, 'Right to education; Rights of the Child', 'Enact and strengthen laws providing the right to education, and take effective measures to protect the rights of the child'),
  spec('L15', 1, 1, 'DZA', 'SWE', 'supported', 3, "Rights of the Child; Women's rights", 'Review domestic legislation to criminalize domestic violence.'),
  spec('L16', 2, 16, 'TUV', 'FRA', 'supported', 5, "Women's rights", 'Adopt appropriate laws to combat violence against women in general and domestic violence in particular'),
  spec('L17', 1, 1, 'ARG', ['DZA', 'KOR'], 'supported', 4, "Migrants; Trafficking; Women's rights", 'Follow up on measures to combat trafficking of migrants, in particular migrant women.'),
  spec('L18', 1, 1, 'CZE', ['CAN', 'FRA', 'SVN'], 'supported', 5, `${INSTR}; Justice`, 'Ratify the Rome Statute of the International Criminal Court.'),
  spec('L19', 1, 8, 'KGZ', 'CZE', 'supported', 3, 'Asylum-seekers - refugees', 'Review the national implementation of the principle of non-refoulement'),
  spec('L20', 1, 1, 'ECU', 'ITA', 'supported', 4, 'Labour; Rights of the Child', 'Apply and provide follow-up to plans to eradicate child labour.'),
  spec('L21', 2, 18, 'KHM', 'CUB', 'supported', 2, 'Labour; Rights of the Child', 'Continue government efforts to eradicate the worst forms of child labour and to improve safety standards at work'),
  spec('L22', 1, 10, 'OMN', 'USA', 'supported', 4, 'Labour; Trafficking', 'Increase law enforcement against trafficking for forced labour and take steps to systematically identify and protect victims of trafficking'),
  spec('L23', 2, 17, 'CHN', 'GBR', 'noted', 5, `CP rights - general; ${INSTR}`, 'Set out a clear legislative timetable for ratification of the ICCPR'),
  spec('L24', 2, 17, 'MLT', 'PRT', 'noted', 5, `ESC rights - general; ${INSTR}; Rights of the Child`, 'Ratify the Optional Protocol to the ICESCR and the Optional Protocol to the Convention on the Rights of the Child on a communications procedure'),
];

/** Organisation A's own import. */
export const ORG_A_RECS: RecommendationSpec[] = [
  spec('A01', 1, 1, 'DZA', 'ITA', 'supported', 2, 'Death penalty', 'Recommended the continuation of the moratorium on death penalty.'),
  spec('A02', 1, 7, 'ITA', 'FIN', 'supported', 4, 'Freedom of opinion and expression; Freedom of the press', 'Ensure that the freedom of expression is implemented fully, especially in publicly owned media'),
  spec('A03', 1, 2, 'FRA', 'IDN', 'noted', 5, TORTURE, 'Set up an independent commission to monitor and identify cases of torture and ill-treatment perpetrated by law enforcement officials.'),
];

/** Organisation B's own import: never visible to A. */
export const ORG_B_RECS: RecommendationSpec[] = [
  spec('B01', 2, 17, 'CHN', 'CRI', 'noted', 4, 'Freedom of opinion and expression; Freedom of the press', 'Take the necessary measures to eliminate restrictions on the freedom of expression, including those imposed to national and international journalists'),
  spec('B02', 1, 12, 'IRL', 'EST', 'supported', 5, `Detention; ${INSTR}; ${TORTURE}`, 'Become a party of the Optional Protocol to the Convention against Torture (OP-CAT)'),
  spec('B03', 1, 9, 'BGR', 'ESP', 'noted', 5, `ESC rights - general; ${INSTR}`, 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights'),
];

export function recommendationId(label: string, key: string): string {
  return `rec-${label}-${key}`;
}

/** Inserts `specs` into namespace `orgId` (in order, so `seq` follows the list). */
export async function insertRecommendations(db: Kysely<Database>, orgId: string, label: string, specs: readonly RecommendationSpec[]): Promise<void> {
  for (const s of specs) {
    const id = recommendationId(label, s.key);
    await db
      .insertInto('recommendation')
      .values({
        id, org_id: orgId, dedupe_key: `${label}:${s.key}`, cycle: s.cycle, session: s.session, sur_iso3: s.sur, text: s.text,
        response: s.response, action_category: s.ac, paragraph: s.paragraph ?? null, document: s.document ?? null,
        source: 'upr-info', import_id: `import-${label}`, created_at: '2026-11-27T09:00:00.000Z',
      })
      .execute();
    for (const rs of s.rs) await db.insertInto('recommendation_state').values({ org_id: orgId, recommendation_id: id, rs_iso3: rs }).execute();
    for (const issue of s.issues) await db.insertInto('recommendation_issue').values({ org_id: orgId, recommendation_id: id, issue }).execute();
  }
  // PostgreSQL keeps copies of the links on each recommendation, as the importer writes them (decision record 0007).
  if (db.getExecutor().adapter instanceof PostgresAdapter) await refreshLinkLists(db, specs.map((s) => recommendationId(label, s.key)));
}
