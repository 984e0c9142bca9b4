/** Which of the saved recommendations the responses screen lists: by response, followed ones, words or a paragraph. */
import { isResponse, RESPONSES, type Response } from '../../core/recommendations/responses.js';
import type { SavedRecommendationDto } from '../../shared/contracts/outcome-campaign.js';

/** 'none': no response entered yet. */
export type ResponseFilter = 'all' | 'none' | Response;

export interface ResponsesView {
  response: ResponseFilter;
  followedOnly: boolean;
  query: string;
}

export const isResponseFilter = (value: string): value is ResponseFilter => value === 'all' || value === 'none' || isResponse(value);

/** Paragraph numbers match from the start ("140.7" finds 140.7, 140.70…); words match anywhere, all of them. */
export function filterRecommendations(recs: readonly SavedRecommendationDto[], view: ResponsesView): SavedRecommendationDto[] {
  const words = view.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return recs.filter((r) => {
    if (view.response === 'none' ? r.response !== null : view.response !== 'all' && r.response !== view.response) return false;
    if (view.followedOnly && !r.ofInterest) return false;
    const text = r.text.toLowerCase();
    return words.every((w) => (/^\d+(\.\d*)?$/.test(w) ? r.paragraph.startsWith(w) : text.includes(w)));
  });
}

/** How many recommendations have each response (and none), for the filter's labels. */
export function countResponses(recs: readonly SavedRecommendationDto[]): Record<ResponseFilter, number> {
  const counts = Object.fromEntries([...RESPONSES, 'none'].map((key) => [key, 0])) as Record<ResponseFilter, number>;
  counts.all = recs.length;
  for (const r of recs) counts[r.response ?? 'none'] += 1;
  return counts;
}
