/**
 * The look of the advocacy document, shared by the Word, PDF and HTML renderers so that a
 * factsheet printed from any of them looks the same: one accent colour that prints well in
 * grey, a light tint for the recommendations (little ink), 10 pt body on A4 with wide margins.
 */
export const ADVOCACY_COLORS = {
  text: '#1a1a1a',
  accent: '#1f4e79',
  tint: '#eaf1f8',
  muted: '#5a6270',
} as const;

export const ADVOCACY_PAGE = {
  bodyPt: 10,
  smallPt: 8,
  titlePt: 14,
  headingPt: 13,
  marginTopMm: 16,
  marginBottomMm: 18,
  marginSideMm: 20,
} as const;
