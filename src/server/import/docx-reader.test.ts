import { Document, Header, HeadingLevel, LevelFormat, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { gridTexts, readDocx, type DocxParagraph, type DocxTable } from './docx-reader.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A .docx written by hand: `body` is the inside of w:body; `parts` are further files of the package. */
async function handmade(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}</w:body></w:document>`);
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

async function refusal(bytes: Uint8Array): Promise<AppError> {
  const error = await readDocx(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return error as AppError;
}

const paragraphs = (blocks: readonly { kind: string }[]) => blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');

describe('reading a .docx written by Word-like software (the docx package)', () => {
  it('gives paragraphs with style and auto-numbering, tables with spans, page headers and the title', async () => {
    const doc = new Document({
      title: 'UPR34 Slovenia',
      numbering: { config: [{ reference: 'recs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '6.%1' }] }] },
      sections: [{
        headers: { default: new Header({ children: [new Paragraph('A/HRC/43/15')] }) },
        children: [
          new Paragraph({ text: 'II. Conclusions and/or recommendations', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ children: [new Tab(), 'Ratify the “Optional Protocol” (France);'] })], numbering: { reference: 'recs', level: 0 } }),
          new Paragraph({ children: [new TextRun('first line'), new TextRun({ text: 'second line', break: 1 }), new TextRun('  spaced  ')] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Theme: A41 Constitutional and legislative framework')], columnSpan: 2 })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('128.5 Ratify'), new Paragraph('Source of position: A/HRC/43/15/Add.1 - Para. 5')] }), new TableCell({ children: [new Paragraph('')] })] }),
            ],
          }),
        ],
      }],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(read.title).toBe('UPR34 Slovenia');
    expect(read.headers).toEqual(['A/HRC/43/15']);
    expect(read.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'table']);
    const [heading, numbered, broken] = paragraphs(read.blocks);
    expect(heading).toMatchObject({ text: 'II. Conclusions and/or recommendations', style: 'Heading1', numbering: null });
    expect(numbered!.text).toBe('\tRatify the “Optional Protocol” (France);');
    expect(numbered!.numbering).toEqual({ numId: expect.stringMatching(/^[1-9]\d*$/), level: 0 });
    expect(broken!.text).toBe('first line\nsecond line  spaced  ');
    const table = read.blocks[3] as DocxTable;
    expect(table.rows[0]!.cells).toHaveLength(1);
    expect(table.rows[0]!.cells[0]).toMatchObject({ colSpan: 2, text: 'Theme: A41 Constitutional and legislative framework' });
    expect(gridTexts(table.rows[0]!)).toEqual(['Theme: A41 Constitutional and legislative framework', '']);
    expect(gridTexts(table.rows[1]!)).toEqual(['128.5 Ratify\nSource of position: A/HRC/43/15/Add.1 - Para. 5', '']);
  });
});

describe('reading the WordprocessingML details', () => {
  it('keeps spaces only where xml:space says so, reads insertions and field results, skips deletions and field codes', async () => {
    const read = await readDocx(await handmade(
      '<w:p><w:r><w:t xml:space="preserve">Ratify </w:t></w:r><w:r><w:t> the </w:t></w:r><w:r><w:t xml:space="preserve">Convention</w:t></w:r>' +
        '<w:del><w:r><w:delText> (deleted)</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> (Chile)</w:t></w:r></w:ins>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        '<w:r><w:t>;</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:noBreakHyphen/><w:t>x</w:t><w:cr/><w:t>y</w:t></w:r></w:p>',
    ));
    expect(paragraphs(read.blocks)[0]!.text).toBe('Ratify theConvention (Chile);-x\ny');
  });

  it('numbers paragraphs through their style (basedOn), a direct level, and numId 0 as no numbering', async () => {
    const styles = `<w:styles xmlns:w="${W}">` +
      '<w:style w:type="paragraph" w:styleId="RecList"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="RecListLocal"><w:basedOn w:val="RecList"/></w:style></w:styles>';
    const read = await readDocx(await handmade(
      '<w:p><w:pPr><w:pStyle w:val="RecListLocal"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="RecList"/><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr><w:r><w:t>b</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="RecList"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>c</w:t></w:r></w:p>',
      { 'word/styles.xml': styles },
    ));
    expect(paragraphs(read.blocks).map((p) => [p.style, p.numbering])).toEqual([
      ['RecListLocal', { numId: '7', level: 1 }],
      ['RecList', { numId: '7', level: 2 }],
      ['RecList', null],
    ]);
  });

  it('reads content controls, merged cells, skipped grid columns, nested tables and one branch of alternate content', async () => {
    const cell = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const nested = `<w:tbl><w:tr>${cell(p('x'))}${cell(p('y'))}</w:tr></w:tbl>`;
    const read = await readDocx(await handmade(
      `<w:sdt><w:sdtContent>${p('in a control')}</w:sdtContent></w:sdt>` +
        `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>${cell(p('A'), '<w:vMerge w:val="restart"/>')}${cell(p('B'))}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell(p('C') + nested)}</w:tr>` +
        `<w:tr>${cell('<w:p/>', '<w:vMerge/>')}${cell(`<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>one</w:t></mc:Choice><mc:Fallback><w:t>one</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`)}</w:tr></w:tbl>`,
    ));
    expect(paragraphs(read.blocks).map((x) => x.text)).toEqual(['in a control']);
    const table = read.blocks[1] as DocxTable;
    expect(table.rows.map((r) => r.repeatsAsHeader)).toEqual([true, false, false]);
    expect(table.rows.map(gridTexts)).toEqual([['A', 'B'], ['', 'C\nx\ty'], ['', 'one']]);
    expect(table.rows.map((r) => r.cells[0]!.continuesAbove)).toEqual([false, false, true]);
  });
});

describe('refusing what is not a .docx', () => {
  it('says a file is not a zip archive (an old .doc, a text)', async () => {
    const oldDoc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(oldDoc)).message).toMatch(/not a Word \.docx document: it is not a zip archive.*saved as \.docx/);
    expect((await refusal(new TextEncoder().encode('Recommendation,Position\n'))).message).toMatch(/not a zip archive/);
  });

  it('says a .docx cut short is damaged', async () => {
    const whole = await handmade('<w:p><w:r><w:t>Ratify the OP-CAT (France);</w:t></w:r></w:p>');
    expect((await readDocx(whole)).blocks).toHaveLength(1);
    expect((await refusal(whole.slice(0, whole.length / 2))).message).toMatch(/^The \.docx file is damaged: its zip archive cannot be read \(.+\)\.$/);
  });

  it('says a zip archive without word/document.xml is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }));
    expect(error.message).toBe('The file is a zip archive but not a Word document: it has no word/document.xml.');
    expect(error.details.issues).toEqual([{ path: 'file', message: error.message }]);
  });

  it('says which part is damaged', async () => {
    expect((await refusal(await handmade('<w:p><w:r><w:t>open</w:r></w:p>'))).message).toMatch(/^The \.docx file is damaged: word\/document\.xml is not well-formed XML/);
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document xmlns:w="${W}"/>`);
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).message).toMatch(/has no document body/);
  });
});
