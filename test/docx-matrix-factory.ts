/**
 * OHCHR "thematic list of recommendations" matrices as Word files, built with the `docx` package
 * the way OHCHR lays them out (header row repeated on each page, theme rows spanning the table, the
 * recommendation cell with its "Source of Position" line, a themes cell with SDGs and affected
 * persons, an empty assessment column). The rows are real: quoted from the matrices of Slovenia
 * (sessions 20, 34, 48) in shared/data/ohchr_matrices_slovenia (SOURCES.md §6).
 */
import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export const OHCHR_COLUMNS = ['Recommendation', 'Position', 'Full list of themes', 'Assessment/comments on level of implementation'];

/** A table row: a theme heading spanning the table, or cells (each a list of paragraphs). */
export type MatrixRow = { theme: string } | { cells: string[][] };

export interface MatrixSpec {
  columns?: string[];
  rows: MatrixRow[];
  /** Paragraphs before the table. */
  title?: string[];
  pageHeader?: string;
  /** docProps/core.xml title. */
  documentTitle?: string;
}

export interface RealRow {
  paragraph: string;
  text: string;
  position: 'Supported' | 'Noted' | '';
  source: string;
  themes: string[];
  sdgs?: string[];
  affected?: string[];
}

/** The cells OHCHR prints for one recommendation. */
export function recommendationCells(row: RealRow): string[][] {
  const themes = [...row.themes.map((t) => `- ${t}`)];
  if (row.sdgs) themes.push('SDGs: ', ...row.sdgs.map((s) => `- ${s}`));
  if (row.affected) themes.push('Affected persons: ', ...row.affected.map((a) => `- ${a}`));
  return [[`${row.paragraph} ${row.text}`, `Source of Position: ${row.source}`], [row.position], themes, []];
}

function cellOf(paragraphs: string[], columnSpan = 1): TableCell {
  const children = (paragraphs.length > 0 ? paragraphs : ['']).map((text) => new Paragraph({ children: [new TextRun(text)] }));
  return new TableCell({ children, columnSpan });
}

export async function buildMatrixDocx(spec: MatrixSpec): Promise<Uint8Array> {
  const columns = spec.columns ?? OHCHR_COLUMNS;
  const header = new TableRow({ tableHeader: true, children: columns.map((c) => cellOf([c])) });
  const rows = spec.rows.map((row) =>
    'theme' in row
      ? new TableRow({ children: [cellOf([`Theme: ${row.theme}`], columns.length)] })
      : new TableRow({ children: row.cells.map((paragraphs) => cellOf(paragraphs)) }),
  );
  const doc = new Document({
    title: spec.documentTitle,
    sections: [
      {
        headers: spec.pageHeader ? { default: new Header({ children: [new Paragraph(spec.pageHeader)] }) } : undefined,
        children: [...(spec.title ?? []).map((t) => new Paragraph(t)), new Table({ rows: [header, ...rows] }), new Paragraph('')],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const SDG16 = '16 - PEACE, JUSTICE AND STRONG INSTITUTIONS';
const SDG10 = '10 - REDUCED INEQUALITIES';

/** Slovenia, 3rd cycle, UPR session 34 (report A/HRC/43/15): 10 recommendations, 15 recommending States, 5 supported, 5 noted. */
export const SLOVENIA_34: (RealRow | { theme: string } | 'empty')[] = [
  { theme: 'Acceptance of international norms' },
  { paragraph: '121.1', text: 'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);', position: 'Supported', source: 'A/HRC/43/15 - Para 121', themes: ['Acceptance of international norms', 'Enforced disappearances'], sdgs: [SDG16], affected: ['Disappeared persons'] },
  { paragraph: '121.2', text: 'Complete the process of ratification of the International Convention for the Protection of All Persons from Enforced Disappearance (Ukraine); Increase efforts towards ratification of the International Convention for the Protection of All Persons from Enforced Disappearance (Slovakia);', position: 'Supported', source: 'A/HRC/43/15 - Para 121', themes: ['Acceptance of international norms', 'Enforced disappearances'], sdgs: [SDG16] },
  { paragraph: '121.3', text: 'Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);', position: 'Supported', source: 'A/HRC/43/15 - Para 121', themes: ['Acceptance of international norms', 'Prohibition of slavery, trafficking'], sdgs: ['8 - DECENT WORK AND ECONOMIC GROWTH'] },
  { paragraph: '122.2', text: 'Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Bangladesh) (Egypt);', position: 'Noted', source: 'A/HRC/43/15/Add.1 - Para.5', themes: ['Acceptance of international norms'], sdgs: [SDG10], affected: ['Migrants & domestic workers'] },
  { paragraph: '122.7', text: 'Ratify the 1961 Convention on the Reduction of Statelessness (Slovakia) (Spain) (North Macedonia);', position: 'Noted', source: 'A/HRC/43/15/Add.1 - Para.5', themes: ['Acceptance of international norms'] },
  { theme: 'National Human Rights Institution (NHRI)' },
  { paragraph: '122.14', text: 'Ensure that the Ombudsman and other national human rights mechanisms are adequately funded and that financial control is fully independent of government (Ireland);', position: 'Supported', source: 'A/HRC/43/15/Add.1 - Para.4', themes: ['National Human Rights Institution (NHRI)'], sdgs: [SDG16] },
  { paragraph: '122.13', text: 'Ensure that the Human Rights Ombudsman is fully autonomous and independent from the Government by amending public finance legislation (Denmark);', position: 'Noted', source: 'A/HRC/43/15/Add.1 - Para.5', themes: ['National Human Rights Institution (NHRI)'] },
  { theme: 'Equality & non-discrimination' },
  { paragraph: '122.22', text: 'Strengthen, through a comprehensive strategy, the fight against discrimination in all its forms, including on the grounds of the status of migrant, refugee, asylum seeker, and of disability, or any other condition; and strengthen its policies to combat racism and hate speech (Bolivarian Republic of Venezuela);', position: 'Supported', source: 'A/HRC/43/15/Add.1 - Para.3', themes: ['Equality & non-discrimination', 'Racial discrimination'], sdgs: [SDG10] },
  { paragraph: '122.55', text: 'Amend its Criminal Code to highlight racist motives, which aggravate the related crimes and offences (Islamic Republic of Iran);', position: 'Noted', source: 'A/HRC/43/15/Add.1 - Para.5', themes: ['Racial discrimination'] },
  'empty',
  { theme: 'Rights related to name, identity & nationality' },
  { paragraph: '122.157', text: 'Establish a procedure for determination and registration of stateless persons, in order to ensure protection of their human rights (Costa Rica).', position: 'Noted', source: 'A/HRC/43/15/Add.1 - Para.5', themes: ['Rights related to name, identity & nationality'] },
];

/** Slovenia, 4th cycle, UPR session 48 (report A/HRC/59/15): a recommendation of eight States, and a joint one of two. */
export const SLOVENIA_48: RealRow[] = [
  { paragraph: '140.1', text: 'Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Algeria) (Cabo Verde) (Paraguay) (South Sudan) (Sri Lanka) (Togo) (Uruguay) (Bolivarian Republic of Venezuela);', position: 'Noted', source: 'A/HRC/59/15/Add.1 - Para.5', themes: ['Ratification of & accession to international instruments', 'Migrants'] },
  { paragraph: '140.7', text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);', position: 'Supported', source: 'A/HRC/59/15/Add.1 - Para.3', themes: ['Ratification of & accession to international instruments'] },
];

/** The rows of a list of real rows, themes and empty rows. */
export function matrixRows(items: readonly (RealRow | { theme: string } | 'empty')[]): MatrixRow[] {
  return items.map((item) => (item === 'empty' ? { cells: [[], [], [], []] } : 'theme' in item ? item : { cells: recommendationCells(item) }));
}
