/**
 * Outcome import: the recommendations of a UPR Working Group report (section II, "Conclusions
 * and/or recommendations") read from pasted text or an uploaded .txt, .docx or .pdf, for a
 * preview in which the user fixes what the parser was unsure of before saving; optionally the
 * State's responses from the report's addendum (Add.1). One DTO for the CLI
 * (`upr-advocate outcome parse`) and the HTTP preview.
 */
import { z } from 'zod';
import { OUTCOME_WARNING_CODES } from '../../core/outcome/outcome-warnings.js';
import { RESPONSES } from '../../core/recommendations/responses.js';

/** File types the outcome importer reads (lower case, with the dot); .csv and .xlsx are OHCHR matrices. */
export const OUTCOME_FILE_TYPES = ['.txt', '.docx', '.pdf', '.csv', '.xlsx'] as const;
export type OutcomeFileType = (typeof OUTCOME_FILE_TYPES)[number];
/** A WG report is 20–40 pages (under 2 MB as PDF); room for scanned-and-OCRed files. */
export const MAX_OUTCOME_FILE_BYTES = 25 * 1024 * 1024;
/** Longest pasted text: a whole report is about 150,000 characters. */
export const MAX_OUTCOME_TEXT_LENGTH = 1_000_000;

export const outcomeTextSchema = z.string().min(1, { message: 'required' }).max(MAX_OUTCOME_TEXT_LENGTH, { message: 'too-long' });

/** The preview request for pasted text (files are sent as multipart and read by the server). */
export const outcomePreviewRequestSchema = z.strictObject({
  text: outcomeTextSchema,
  /** The addendum's text, for the State's responses. */
  responsesText: outcomeTextSchema.optional(),
});
export type OutcomePreviewRequest = z.infer<typeof outcomePreviewRequestSchema>;

export const outcomeWarningSchema = z.object({
  code: z.enum(OUTCOME_WARNING_CODES),
  /** 1-based line of the text read; 0 for the whole text. */
  line: z.number().int().min(0),
  paragraph: z.string().optional(),
  message: z.string(),
  /** Which input it concerns: the report or the addendum. */
  source: z.enum(['report', 'responses']),
});
export type OutcomeWarningDto = z.infer<typeof outcomeWarningSchema>;

export const outcomeRecommendationSchema = z.object({
  /** "140.5" */
  paragraph: z.string(),
  /** As printed in the report, recommending States and closing ";" included. */
  text: z.string(),
  /** ISO3 codes, in the report's order. */
  recommendingStates: z.array(z.string()),
  /** The names as written; unknown ones are also in `problems`. */
  rawStates: z.array(z.string()),
  confidence: z.enum(['high', 'low']),
  problems: z.array(z.string()),
  /** From the lead-in paragraph, or from the addendum when one was given; null when unknown. */
  response: z.enum(RESPONSES).nullable(),
  line: z.number().int().min(0),
});
export type OutcomeRecommendationDto = z.infer<typeof outcomeRecommendationSchema>;

export const outcomeLeadInSchema = z.object({
  paragraph: z.string(),
  text: z.string(),
  position: z.enum(RESPONSES).nullable(),
  count: z.number().int().min(0),
  line: z.number().int().min(0),
});

export const outcomeResponseSchema = z.object({
  paragraph: z.string(),
  response: z.enum(['supported', 'noted', 'partially-supported']),
  line: z.number().int().min(0),
});
export type OutcomeResponseDto = z.infer<typeof outcomeResponseSchema>;

export const outcomeParseSchema = z.object({
  source: z.object({
    /** The uploaded file's name, or null for pasted text. */
    fileName: z.string().nullable(),
    /** `matrix`: OHCHR's thematic list (.docx, .csv, .xlsx), which carries the positions. */
    kind: z.enum(['text', 'txt', 'docx', 'pdf', 'matrix']),
  }),
  recommendations: z.array(outcomeRecommendationSchema),
  leadIns: z.array(outcomeLeadInSchema),
  /** Present when an addendum was given. */
  responses: z
    .object({
      items: z.array(outcomeResponseSchema),
      stated: z.object({ supported: z.number().int(), noted: z.number().int() }).nullable(),
    })
    .optional(),
  warnings: z.array(outcomeWarningSchema),
});
export type OutcomeParseDto = z.infer<typeof outcomeParseSchema>;
