/**
 * The recommendation search API: its URL parameters (validated by the server, built by the web
 * app) and its answers. A list parameter may be repeated (`?sur=KEN&sur=UGA`) or given as a
 * comma list (`?sur=KEN,UGA`); both parse to the same query.
 */
import { z } from 'zod';
import { RESPONSES } from '../../core/recommendations/responses.js';
import { REGIONAL_GROUPS } from '../../core/upr/calendar.js';
import { iso3Schema } from './common.js';

export const RECOMMENDATION_SORTS = ['relevance', 'session-desc', 'session-asc'] as const;
export type RecommendationSort = (typeof RECOMMENDATION_SORTS)[number];
export const MAX_SEARCH_PAGE_SIZE = 100;
export const DEFAULT_SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_TEXT_LENGTH = 200;
/** An export holds at most this many recommendations (the whole UPR Info file has 41,066 rows). */
export const MAX_EXPORT_ROWS = 50_000;
const MAX_VALUES = 200;

/** Every value of a list parameter, repeated or comma-separated, blanks dropped. */
function listParam<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .transform((values) => values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))
    .pipe(z.array(item).max(MAX_VALUES, { message: 'too-many' }));
}

/** A parameter that may appear once (frameworks hand every parameter over as a list). */
function singleParam<T extends z.ZodType<unknown, string | undefined>>(item: T) {
  return z
    .union([z.string(), z.array(z.string()).max(1, { message: 'repeated' })])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value))
    .pipe(item);
}

const int = (min: number, max: number) => z.coerce.number<string>().int({ message: 'integer' }).min(min).max(max);

export const recommendationSearchParamsSchema = z.object({
  /** Words (all must match, with stemming), "quoted phrases", prefix* . */
  q: singleParam(z.string().max(MAX_SEARCH_TEXT_LENGTH, { message: 'too-long' }).optional()),
  /** State under Review, ISO3. */
  sur: listParam(iso3Schema),
  /** Recommending State, ISO3. */
  rs: listParam(iso3Schema),
  surGroup: listParam(z.enum(REGIONAL_GROUPS)),
  rsGroup: listParam(z.enum(REGIONAL_GROUPS)),
  cycle: listParam(int(1, 20)),
  session: listParam(int(1, 200)),
  response: listParam(z.enum(RESPONSES)),
  /** UPR Info issue label, e.g. "Rights of the Child". */
  issue: listParam(z.string().min(1).max(120, { message: 'too-long' })),
  actionCategory: listParam(int(1, 5)),
  sort: singleParam(z.enum(RECOMMENDATION_SORTS).default('relevance')),
  page: singleParam(int(1, 10_000).default(1)),
  pageSize: singleParam(int(1, MAX_SEARCH_PAGE_SIZE).default(DEFAULT_SEARCH_PAGE_SIZE)),
});
export type RecommendationSearchParams = z.output<typeof recommendationSearchParamsSchema>;
/** What a caller may send: URL query values as strings or lists of strings. */
export type RecommendationSearchInput = z.input<typeof recommendationSearchParamsSchema>;

export interface RecommendationDto {
  id: string;
  cycle: number;
  session: number;
  surIso3: string;
  text: string;
  /** supported | noted | partially-supported | no-clear-response | pending */
  response: string;
  /** UPR Info action category 1 (minimal action) … 5 (specific action), when known. */
  actionCategory: number | null;
  issues: string[];
  recommendingStates: string[];
  paragraph: string | null;
  document: string | null;
}

export interface RecommendationDetailDto extends RecommendationDto {
  source: string;
  /** True when the recommendation comes from the instance-wide library, not the organisation's own import. */
  library: boolean;
}

export interface FacetBucketDto<T extends string | number = string> {
  value: T;
  count: number;
}

/** Facets are counted with every OTHER filter applied (multi-select faceted search). */
export interface RecommendationFacetsDto {
  sur: FacetBucketDto[];
  rs: FacetBucketDto[];
  surGroup: FacetBucketDto[];
  rsGroup: FacetBucketDto[];
  cycle: FacetBucketDto<number>[];
  session: FacetBucketDto<number>[];
  response: FacetBucketDto[];
  issue: FacetBucketDto[];
  actionCategory: FacetBucketDto<number>[];
}

export interface RecommendationSearchResultDto {
  total: number;
  page: number;
  pageSize: number;
  items: RecommendationDto[];
  facets: RecommendationFacetsDto;
}

/** Phases of a recommendations import, reported as progress lines while it runs. */
export type ImportPhase = 'reading' | 'writing' | 'done';

export interface ImportProgress {
  rows: number;
  rowsPerSecond: number;
  phase: ImportPhase;
}

/** A row the importer could not read: its line (or spreadsheet row) and the reason. */
export interface ImportBadRow {
  line: number;
  reason: string;
}

/** The answer of a finished import, as the upload route streams it and the CLI prints it. */
export interface RecommendationImportResultDto {
  importId: string;
  fileName: string;
  /** 'library' or the organisation's id. */
  namespace: string;
  format: string;
  scheme: string;
  rowsRead: number;
  /** Distinct recommendations in the file after merging joint ones. */
  recommendationsInFile: number;
  recommendationsAdded: number;
  /** Recommendations of the file that were already imported (here or in the library). */
  duplicates: number;
  statesAdded: number;
  issuesAdded: number;
  /** Bad rows left out (with skipBadRows); the first ones only. */
  skipped: ImportBadRow[];
  skippedCount: number;
  warnings: string[];
}
