/**
 * What every Word file we write shares (advocacy document, mid-term report, update letters):
 * the font, sizes in Word's units, the A4 page with its margins, colours, and the list level
 * for bullets and numbers. One place, so the documents of a campaign look like one family.
 */
import { AlignmentType, LevelFormat } from 'docx';
import { ADVOCACY_COLORS, ADVOCACY_PAGE } from './advocacy-style.js';

/** Arial is on every Windows and Mac with Cyrillic, and LibreOffice substitutes the metric-equal Liberation Sans. */
export const DOCX_FONT = 'Arial';
/** Word sizes are in half-points. */
export const DOCX_BODY = ADVOCACY_PAGE.bodyPt * 2;
export const DOCX_SMALL = ADVOCACY_PAGE.smallPt * 2;
/** Twips per millimetre. */
export const TWIPS_MM = 56.7;
/** A4 in twips. */
export const DOCX_A4 = { width: 11906, height: 16838 } as const;

/** Page margins in twips; a letter takes a deeper top margin than a factsheet. */
export function docxMargins(topMm: number = ADVOCACY_PAGE.marginTopMm) {
  return {
    top: Math.round(topMm * TWIPS_MM),
    side: Math.round(ADVOCACY_PAGE.marginSideMm * TWIPS_MM),
    bottom: Math.round(ADVOCACY_PAGE.marginBottomMm * TWIPS_MM),
  };
}

/** The section's page: A4, the margins, and the footer's distance from the edge when there is one. */
export function docxPage(margin: ReturnType<typeof docxMargins>, footerMm?: number) {
  const footer = footerMm === undefined ? {} : { footer: Math.round(footerMm * TWIPS_MM), header: Math.round(footerMm * TWIPS_MM) };
  return { size: DOCX_A4, margin: { top: margin.top, bottom: margin.bottom, left: margin.side, right: margin.side, ...footer } };
}

/** Word wants colours as bare upper-case hex. */
export const docxColor = (color: string) => color.replace('#', '').toUpperCase();
export const DOCX_COLORS = {
  text: docxColor(ADVOCACY_COLORS.text),
  accent: docxColor(ADVOCACY_COLORS.accent),
  tint: docxColor(ADVOCACY_COLORS.tint),
  muted: docxColor(ADVOCACY_COLORS.muted),
} as const;

/** The one level of a list: bullets ('•') or numbers ('%1.'), hanging indent, marker colour if given. */
export function docxListLevel(kind: 'bullet' | 'number', options: { left?: number; hanging?: number; color?: string } = {}) {
  const { left = 360, hanging = 260, color } = options;
  return {
    level: 0,
    format: kind === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: kind === 'bullet' ? '•' : '%1.',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging } }, ...(color ? { run: { color } } : {}) },
  };
}
