/**
 * Suggests UPR Info issue tags for free text (an NGO's draft recommendation, a campaign
 * description). Two sources of evidence: UPR Info's own keyword chart (keyword-chart.ts), and
 * a hand-made list of everyday words per issue, chosen by reading the tagged recommendations
 * of sessions 1–20 (words that mostly occur in recommendations carrying that issue).
 */
import { UPR_INFO_ISSUES, type UprInfoIssue } from './issues.js';
import { KEYWORD_CHART } from './keyword-chart.js';
import { comparableEnglish } from './english-gloss.js';
import { tokenize } from './tokenize.js';

const W = "Women's rights" as const;

// Phrases are matched after the same tokenizing and stemming as the text, so "ratifies",
// "ratification" and "ratify" are one keyword and stopwords inside phrases do not matter.
export const ISSUE_KEYWORDS: Readonly<Record<UprInfoIssue, readonly string[]>> = {
  'Asylum-seekers - refugees': ['refugee', 'asylum', 'asylum seeker', 'non-refoulement', 'refoulement', 'unhcr'],
  'Civil society': ['civil society', 'ngo', 'non-governmental organizations', 'nongovernmental', 'charities'],
  Corruption: ['corruption', 'corrupt', 'bribery', 'anti-corruption'],
  'Counter-terrorism': ['terrorism', 'terrorist', 'counter-terrorism'],
  'CP rights - general': ['civil and political rights', 'citizenship'],
  'Death penalty': [
    'death penalty',
    'capital punishment',
    'moratorium',
    'executions',
    'death sentence',
    'death row',
    'second optional protocol',
    'abolition of the death penalty',
  ],
  Detention: ['detention', 'prison', 'prisoner', 'detainee', 'detained', 'overcrowding', 'pretrial', 'pre-trial', 'custody', 'jail'],
  Development: ['millennium development goals', 'development goals', 'economic development', 'sustainable development', 'unemployment'],
  Disabilities: ['disabilities', 'disability', 'disabled', 'crpd'],
  Elections: ['election', 'electoral', 'voter', 'ballot'],
  'Enforced disappearances': ['enforced disappearance', 'disappearances', 'disappeared', 'ced', 'cped', 'icpped'],
  Environment: ['environment', 'environmental', 'climate change', 'pollution', 'emissions', 'greenhouse', 'natural disasters'],
  'ESC rights - general': ['economic social and cultural rights', 'icescr', 'cescr', 'economic and social rights'],
  'Extrajudicial executions': ['extrajudicial', 'extra-judicial', 'summary executions', 'arbitrary executions', 'killings'],
  'Freedom of association and peaceful assembly': [
    'freedom of association',
    'peaceful assembly',
    'freedom of assembly',
    'demonstrations',
    'protesters',
    'peaceful protest',
  ],
  'Freedom of movement': ['freedom of movement', 'travel ban', 'exit visa', 'right to leave'],
  'Freedom of opinion and expression': [
    'freedom of expression',
    'freedom of opinion',
    'expression',
    'censorship',
    'internet',
    'bloggers',
    'defamation',
    'free speech',
  ],
  'Freedom of religion and belief': ['religion', 'religious', 'belief', 'worship', 'conscience', 'faith', 'blasphemy', 'apostasy'],
  'Freedom of the press': ['journalist', 'media', 'press', 'freedom of the press', 'press freedom', 'newspapers', 'broadcasting'],
  General: ['promotion and protection of human rights'],
  // Not "aids": the stemmer makes it "aid", as in legal aid.
  'HIV - Aids': ['hiv', 'hiv/aids'],
  'Human rights defenders': ['human rights defenders', 'defenders', 'activists'],
  'Human rights education and training': [
    'human rights education',
    'training',
    'awareness',
    'awareness raising',
    'sensitization',
    'curricula',
    'curriculum',
    'train',
  ],
  'Human rights violations by state agents': [
    'law enforcement',
    'excessive use of force',
    'excessive force',
    'police brutality',
    'security forces',
    'police officers',
    'misconduct',
  ],
  Impunity: ['impunity', 'accountability', 'perpetrators', 'brought to justice'],
  'Indigenous peoples': ['indigenous', 'aboriginal', 'tribal', 'first nations', 'maori', 'sami'],
  'Internally displaced persons': ['internally displaced', 'displaced persons', 'idp', 'idps', 'displacement'],
  'International humanitarian law': ['international humanitarian law', 'armed conflict', 'humanitarian law', 'soldiers', 'demobilization'],
  'International instruments': [
    'ratify',
    'accede',
    'accession',
    'convention',
    'optional protocol',
    'covenant',
    'sign',
    'reservations',
    'iccpr',
    'icescr',
    'cat',
    'crc',
    'cedaw',
    'crpd',
    'icerd',
    'icrmw',
    'op',
    'instruments',
    'party to',
    'rome statute',
  ],
  Justice: [
    'justice',
    'judicial',
    'judiciary',
    'court',
    'judges',
    'fair trial',
    'criminal code',
    'legal aid',
    'criminal justice',
    'international criminal court',
    'rome statute',
  ],
  Labour: ['labour', 'labor', 'workers', 'employment', 'ilo', 'trade unions', 'domestic workers', 'forced labour', 'working conditions'],
  Migrants: ['migrant', 'migration', 'immigrant', 'immigration', 'foreigners', 'undocumented', 'icrmw', 'members of their families'],
  Minorities: ['minority', 'minorities', 'roma', 'ethnic', 'descent', 'afro-descendants', 'linguistic', 'caste'],
  'National plan of action': ['national plan of action', 'national action plan', 'action plan', 'national strategy'],
  NHRI: ['national human rights institution', 'paris principles', 'ombudsman', 'human rights commission', 'nhri'],
  Other: [],
  Poverty: ['poverty', 'poor', 'extreme poverty', 'poverty reduction', 'poverty alleviation'],
  'Public security': ['public security', 'crime', 'organized crime', 'security situation', 'drug trafficking'],
  'Racial discrimination': [
    'racial',
    'racism',
    'racist',
    'xenophobia',
    'xenophobic',
    'hate speech',
    'intolerance',
    'icerd',
    'cerd',
    'durban',
  ],
  'Right to education': ['education', 'school', 'schooling', 'enrolment', 'literacy', 'illiteracy', 'teachers', 'dropout'],
  'Right to food': ['food', 'hunger', 'malnutrition', 'nutrition', 'food security'],
  'Right to health': ['health', 'healthcare', 'health care', 'maternal', 'mortality', 'medical', 'hospitals', 'malaria', 'tuberculosis'],
  'Right to housing': ['housing', 'eviction', 'homeless', 'homelessness', 'slums'],
  'Right to land': ['land', 'land rights', 'land tenure', 'restitution'],
  'Right to water': ['water', 'sanitation', 'drinking water'],
  'Rights of the Child': [
    'child',
    'children',
    'juvenile',
    'girls',
    'crc',
    'minors',
    'adolescents',
    'infant',
    'orphans',
    'birth registration',
  ],
  'Sexual Orientation and Gender Identity': [
    'sexual orientation',
    'gender identity',
    'lgbt',
    'lgbti',
    'homosexual',
    'homosexuality',
    'same-sex',
    'gay',
    'lesbian',
    'transgender',
    'bisexual',
    'intersex',
    'consenting adults',
  ],
  'Special procedures': [
    'special procedures',
    'special rapporteur',
    'standing invitation',
    'mandate holders',
    'independent expert',
    'working group on',
    'visit',
  ],
  'Technical assistance and cooperation': [
    'technical assistance',
    'technical cooperation',
    'international community',
    'assistance',
    'capacity building',
    'ohchr',
    'donor',
  ],
  'Torture and other CID treatment': ['torture', 'ill-treatment', 'cruel', 'inhuman', 'degrading', 'corporal punishment', 'cat'],
  Trafficking: ['trafficking', 'trafficked', 'traffickers', 'sale of children', 'prostitution', 'sexual exploitation', 'palermo protocol'],
  'Treaty bodies': [
    'treaty bodies',
    'treaty body',
    'committee',
    'concluding observations',
    'overdue reports',
    'periodic reports',
    'reporting obligations',
  ],
  'UPR process': ['upr', 'universal periodic review', 'follow-up', 'mid-term', 'periodic review'],
  [W]: [
    'women',
    'woman',
    'gender',
    'girls',
    'female',
    'cedaw',
    'gender equality',
    'domestic violence',
    'maternal',
    'gender-based',
    'wives',
  ],
};

export interface IssueSuggestion {
  issue: UprInfoIssue;
  score: number;
  /** Chart terms (UPR Info's wording) and our keywords that were found, strongest first. */
  matchedTerms: string[];
}

// The chart is UPR Info's own coding practice, so a chart match outweighs a single everyday word.
const CHART_WEIGHT = 2;
const WEAK_CHART_WEIGHT = 0.5;
const KEYWORD_WEIGHT = 1;

interface Rule {
  label: string;
  weight: number;
  issues: readonly UprInfoIssue[];
  not: readonly UprInfoIssue[];
  /** Alternatives; each is a set of phrases (token strings) that must all occur. */
  alternatives: string[][];
}

const phrase = (text: string): string => tokenize(text).join(' ');

const RULES: readonly Rule[] = [
  ...KEYWORD_CHART.map((entry): Rule => ({
    label: entry.term,
    weight: entry.weak ? WEAK_CHART_WEIGHT : CHART_WEIGHT,
    issues: entry.issues,
    not: entry.not ?? [],
    alternatives: entry.match.map((m) => m.split(' + ').map(phrase)),
  })),
  ...UPR_INFO_ISSUES.flatMap((issue) =>
    ISSUE_KEYWORDS[issue].map((keyword): Rule => ({
      label: keyword,
      weight: KEYWORD_WEIGHT,
      issues: [issue],
      not: [],
      alternatives: [[phrase(keyword)]],
    })),
  ),
].filter((rule) => rule.alternatives.every((alt) => alt.every((p) => p.length > 0)));

/**
 * Issues suggested for `text`, best first (score desc, then the order of UPR_INFO_ISSUES).
 * Russian text is read through its English UPR terms (english-gloss.ts).
 */
export function suggestIssues(text: string): IssueSuggestion[] {
  // Padded with spaces so that a phrase only matches whole stemmed words.
  const haystack = ` ${tokenize(comparableEnglish(text)).join(' ')} `;
  const has = (p: string) => haystack.includes(` ${p} `);
  const found = new Map<UprInfoIssue, { score: number; terms: { label: string; weight: number }[] }>();
  const excluded = new Set<UprInfoIssue>();
  for (const rule of RULES) {
    if (!rule.alternatives.some((alt) => alt.every(has))) continue;
    for (const issue of rule.not) excluded.add(issue);
    for (const issue of rule.issues) {
      const entry = found.get(issue) ?? { score: 0, terms: [] };
      // One piece of wording counts once per issue, even if both the chart and our list have it.
      if (entry.terms.some((t) => t.label.toLowerCase() === rule.label.toLowerCase())) continue;
      entry.score += rule.weight;
      entry.terms.push({ label: rule.label, weight: rule.weight });
      found.set(issue, entry);
    }
  }
  const order = (issue: UprInfoIssue) => UPR_INFO_ISSUES.indexOf(issue);
  return [...found.entries()]
    .filter(([issue]) => !excluded.has(issue))
    .map(([issue, { score, terms }]) => ({
      issue,
      score,
      matchedTerms: [...terms].sort((a, b) => b.weight - a.weight).map((t) => t.label),
    }))
    .sort((a, b) => b.score - a.score || order(a.issue) - order(b.issue));
}
