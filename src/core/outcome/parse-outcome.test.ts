import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportText, type ReportLayout, type ReportRow } from '../../../test/fixtures/outcome/build-report.js';
import { tableResolver } from '../../../test/fixtures/outcome/state-table.js';
import { parseOutcomeText } from './parse-outcome.js';

const resolveState = tableResolver();
const parse = (text: string) => parseOutcomeText(text, { resolveState });
const codes = (text: string) => parse(text).warnings.map((w) => w.code);
const EXAMINED = '140. The following recommendations will be examined by Slovenia, which will\nprovide responses in due time:';

describe('parseOutcomeText: layouts of section II', () => {
  it('reads labels on their own line, page furniture in a State name, and the lead-in position', () => {
    const text = [
      'II. Conclusions and/or recommendations',
      EXAMINED,
      '140.1',
      'Ratify the Convention on the Protection of the Rights of All Migrant Workers (Sri',
      'Lanka) (Bolivarian Republic',
      'of Venezuela);',
      '140.2',
      'Amend defamation legislation so that it is a civil offence (United Kingdom of',
      '',
      'GE.25-02819',
      '',
      '13',
      '',
      '\fA/HRC/59/15',
      '',
      'Great Britain and Northern Ireland);',
      '140.100 Step up efforts to identify victims of trafficking (Iran (Islamic Republic of)).',
      '141. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).',
    ].join('\n');
    const out = parse(text);
    expect(out.recommendations.map((r) => [r.paragraph, r.recommendingStates, r.position, r.confidence])).toEqual([
      ['140.1', ['LKA', 'VEN'], 'pending', 'high'],
      ['140.2', ['GBR'], 'pending', 'high'],
      ['140.100', ['IRN'], 'pending', 'high'],
    ]);
    expect(out.recommendations[1]?.text).toBe(
      'Amend defamation legislation so that it is a civil offence (United Kingdom of Great Britain and Northern Ireland);',
    );
    expect(out.leadIns).toEqual([
      { paragraph: '140', text: expect.stringMatching(/^The following .* due time:$/), position: 'pending', count: 3, line: 2 },
    ]);
    expect(out.warnings.map((w) => [w.code, w.line])).toEqual([['missing-paragraphs', 18]]);
    expect(out.warnings[0]?.message).toContain('140.3–140.99');
  });

  it('gives each list the position of its own lead-in', () => {
    const text = [
      '121. The recommendations formulated during the interactive dialogue have been examined by Slovenia and enjoy the support of Slovenia:',
      '121.1 Ratify the Convention (France) (Cyprus);',
      '122. The following recommendations have been noted by Slovenia:',
      '122.1 Recognize the State of Palestine (Türkiye).',
      '123. All conclusions reflect the position of the submitting State(s).',
    ].join('\n');
    expect(parse(text).recommendations.map((r) => [r.paragraph, r.position])).toEqual([
      ['121.1', 'supported'],
      ['122.1', 'noted'],
    ]);
  });

  it('numbers Word auto-numbered recommendations itself, from the lead-in, and says so', () => {
    const text = [
      '\tIII.\tConclusions and/or recommendations',
      '6.\tThe following recommendations will be examined by Mozambique, which will provide responses in due time:',
      '\tRatify the Convention (Côte d’Ivoire); (France); (Malta);',
      '\tStrengthen the National Human Rights Commission (Venezuela (Bolivarian Republic of));',
      'Uphold the rights of key populations (Netherlands (Kingdom of the));',
      '\tPursue efforts to assist internally displaced persons (Cameroon).',
      '7.\tAll conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).',
    ].join('\n');
    const out = parse(text);
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(['6.1', '6.2', '6.3', '6.4']);
    expect(out.recommendations[0]?.recommendingStates).toEqual(['CIV', 'FRA', 'MLT']);
    expect(out.recommendations[2]?.recommendingStates).toEqual(['NLD']);
    expect(out.warnings.map((w) => [w.code, w.line])).toContainEqual(['numbered-by-parser', 2]);
    expect(out.warnings.find((w) => w.code === 'numbered-by-parser')?.message).toContain('6.1–6.4');
    // Cameroon is not in the test's table of names: reported, not dropped.
    expect(out.recommendations[3]?.problems).toEqual(['"Cameroon" is not a State name the registry knows']);
  });

  it('reads old reports that number recommendations "1.", "2." under their lead-in', () => {
    const text =
      '89. The following recommendations enjoy the support of the State:\n1. Ratify the Convention (France);\n2. Adopt a law (Chile).\n90. Other.';
    expect(parse(text).recommendations.map((r) => [r.paragraph, r.recommendingStates])).toEqual([
      ['89.1', ['FRA']],
      ['89.2', ['CHL']],
    ]);
  });

  it('moves an attribution pdftotext printed before the text back to its end', () => {
    const out = parse(
      `${EXAMINED}\n122.45\n(Iraq);\n\nUndertake awareness-raising campaigns to combat hate speech\n\n122.46 Intensify efforts (Cyprus);`.replace(
        /140/g,
        '122',
      ),
    );
    expect(out.recommendations[0]).toMatchObject({
      text: 'Undertake awareness-raising campaigns to combat hate speech (Iraq);',
      recommendingStates: ['IRQ'],
      confidence: 'low',
    });
    expect(codes(`${EXAMINED}\n140.1\n(Iraq);\nUndertake campaigns`)).toContain('reordered');
  });
});

describe('parseOutcomeText: nothing is dropped silently', () => {
  it.each([
    ['a gap in the numbers', `${EXAMINED}\n140.1 A (France);\n140.3 B (Chile);`, ['missing-paragraphs'], ['140.1', '140.3']],
    [
      'a repeated number',
      `${EXAMINED}\n140.1 A (France);\n140.2 B (Chile);\n140.2 C (Peru);`,
      ['out-of-order'],
      ['140.1', '140.2', '140.2'],
    ],
    [
      'a wrapped line that starts like a number',
      `${EXAMINED}\n140.1 Keep warming below\n1.5 degrees (France);\n140.2 B (Chile);`,
      ['ignored-label'],
      ['140.1', '140.2'],
    ],
    ['a paragraph without States', `${EXAMINED}\n140.1 Ratify the Convention;\n140.2 B (Chile);`, ['no-state'], ['140.1', '140.2']],
    ['an unknown State', `${EXAMINED}\n140.1 Ratify it (Atlantis);`, ['unknown-state'], ['140.1']],
    ['an empty paragraph', `${EXAMINED}\n140.1\n140.2 B (Chile);`, ['empty-paragraph'], ['140.1', '140.2']],
    ['a paragraph with no ending', `${EXAMINED}\n140.1 Ratify it (France)\n140.2 B (Chile);`, ['unterminated'], ['140.1', '140.2']],
    [
      'two recommendations under one number',
      `${EXAMINED}\n140.1 A (Ukraine);\nB (Slovakia);\n140.2 C (Chile);`,
      ['several-recommendations'],
      ['140.1', '140.2'],
    ],
    [
      'a lead-in with nothing after it',
      `${EXAMINED}\n141. All conclusions reflect the position of the State(s).`,
      ['empty-lead-in', 'no-recommendations'],
      [],
    ],
    ['text outside any paragraph', 'Report of the Working Group\nSlovenia\n140.1 A (France);', ['unread-text'], ['140.1']],
    ['no section II at all', 'The weather in Geneva was fine.', ['unread-text', 'no-recommendations'], []],
  ])('%s', (_name, text, expectedCodes, paragraphs) => {
    const out = parse(text);
    expect(out.warnings.map((w) => w.code).sort()).toEqual([...expectedCodes].sort());
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(paragraphs);
    for (const r of out.recommendations) expect(r.confidence).toBe(r.problems.length > 0 ? 'low' : 'high');
  });

  it('flags a line-end hyphen it had to guess and keeps the paragraph', () => {
    const out = parse(`${EXAMINED}\n140.1 Improve the ratifica-\ntion process (France);`);
    expect(out.recommendations[0]).toMatchObject({ text: 'Improve the ratification process (France);', confidence: 'low' });
    expect(out.warnings.map((w) => w.code)).toEqual(['hyphenation']);
  });
});

const STEMS = [
  'Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
  'Strengthen efforts to combat trafficking in persons, in particular by strengthening the procedure for early identification of victims',
  'Adopt a comprehensive anti-discrimination strategy that includes all grounds of discrimination, including against asylum-seekers',
  'Ensure the application of the principle of non-refoulement, in line with the 2024–2028 national programme',
  'Continue international cooperation with civil society organizations to raise international awareness of human rights',
];
const STATES = [
  'Chile',
  'Peru',
  'France',
  'Sri Lanka',
  'Iran (Islamic Republic of)',
  'Bolivarian Republic of Venezuela',
  'United Kingdom of Great Britain and Northern Ireland',
  'Türkiye',
  'Timor-Leste',
  'State of Palestine',
];

const rowsArb = fc
  .array(fc.tuple(fc.nat(STEMS.length - 1), fc.uniqueArray(fc.nat(STATES.length - 1), { minLength: 1, maxLength: 4 })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((specs) =>
    specs.map(([stem, states], i): ReportRow & { iso3: string[] } => {
      const names = states.map((s) => STATES[s]!);
      const last = i === specs.length - 1;
      return {
        paragraph: `140.${i + 1}`,
        text: `${STEMS[stem]} ${names.map((n) => `(${n})`).join(' ')}${last ? '.' : ';'}`,
        states: names,
        iso3: names.map((n) => resolveState(n)!),
      };
    }),
  );
const layoutArb: fc.Arbitrary<ReportLayout> = fc.record({
  seed: fc.integer(),
  width: fc.integer({ min: 40, max: 100 }),
  linesPerPage: fc.integer({ min: 8, max: 60 }),
  labels: fc.constantFrom('own-line' as const, 'inline' as const, 'mixed' as const),
  hyphenate: fc.boolean(),
  jointStyle: fc.constantFrom('as-is' as const, 'comma' as const),
});
const normalize = (text: string) => text.replace(/\((?:[^()]|\([^()]*\))+\)(?:[\s,]*\((?:[^()]|\([^()]*\))+\))*/g, '(States)');

describe('parseOutcomeText: properties of generated reports', () => {
  it('returns exactly the N paragraphs of any layout, in order, with their text and States, and no warning', () => {
    fc.assert(
      fc.property(rowsArb, layoutArb, (rows, layout) => {
        const out = parse(buildReportText(rows, layout));
        expect(out.warnings).toEqual([]);
        expect(out.recommendations.map((r) => r.paragraph)).toEqual(rows.map((r) => r.paragraph));
        out.recommendations.forEach((rec, i) => {
          expect(normalize(rec.text)).toBe(normalize(rows[i]!.text));
          expect(rec.recommendingStates).toEqual([...new Set(rows[i]!.iso3)]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('warns whenever a paragraph number is lost', () => {
    fc.assert(
      fc.property(
        rowsArb.filter((rows) => rows.length >= 2),
        layoutArb,
        fc.nat(),
        (rows, layout, pick) => {
          const lost = rows[pick % rows.length]!.paragraph;
          const text = buildReportText(rows, layout)
            .split('\n')
            .map((line) => (line === lost ? null : line.startsWith(`${lost} `) ? line.slice(lost.length + 1) : line))
            .filter((line): line is string => line !== null)
            .join('\n');
          const out = parse(text);
          const index = rows.findIndex((r) => r.paragraph === lost);
          const previous = rows[index - 1]?.paragraph;
          const noticed = out.warnings.some(
            (w) =>
              (w.code === 'missing-paragraphs' && w.message.includes(lost)) ||
              (w.code === 'several-recommendations' && w.paragraph === previous) ||
              w.code === 'numbered-by-parser',
          );
          expect(noticed).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
