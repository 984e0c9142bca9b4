/**
 * UPR Info's "Chart of commonly used tagged" (section 3 of "Database – Issue categorisation",
 * October 2014): the wording it meets in recommendations and the issues it tags for it.
 * Our encoding: `term` is the chart's wording (for display and provenance); `match` lists
 * the phrasings that count as that term, because the chart describes situations ("Implement
 * recommendations by CEDAW on discrimination against women") rather than literal strings.
 * Within one `match` entry, " + " joins phrases that must all occur (in any order).
 */
import type { UprInfoIssue } from './issues.js';

export interface ChartEntry {
  term: string;
  /** Issues UPR Info tags; empty = the chart's "No tag". */
  issues: readonly UprInfoIssue[];
  /** Issues the chart says NOT to tag even though other words suggest them. */
  not?: readonly UprInfoIssue[];
  match: readonly string[];
  /**
   * Catch-all entries ("Discrimination" → Other) are fallbacks in UPR Info's practice: the
   * issue is used when nothing more precise fits, so they weigh less than the others.
   */
  weak?: boolean;
  note?: string;
}

const W = "Women's rights" as const;
const C = 'Rights of the Child' as const;
const II = 'International instruments' as const;

export const KEYWORD_CHART: readonly ChartEntry[] = [
  { term: 'Action plan to combat racism', issues: ['Racial discrimination'], match: ['plan + racism', 'plan + racial discrimination'] },
  { term: 'Abortion', issues: [W], match: ['abortion'] },
  {
    term: 'Achievement of its MDGs in the areas of health and education',
    issues: ['Right to health', 'Right to education'],
    not: ['Development'],
    match: ['mdg + health + education', 'millennium development goals + health + education'],
  },
  { term: 'Albinism', issues: ['Minorities'], match: ['albinism', 'albino'] },
  {
    term: 'Awareness raising campaigns',
    issues: ['Human rights education and training'],
    match: ['awareness raising campaign', 'awareness campaign', 'campaign + raise awareness'],
  },
  { term: 'Begging', issues: ['Labour', C], match: ['begging', 'beggar'] },
  { term: 'Birth registration', issues: [C], match: ['birth registration', 'registration of births', 'register + births'] },
  { term: 'Caste', issues: ['Minorities'], match: ['caste'] },
  { term: 'Child labour', issues: [C, 'Labour'], match: ['child labour', 'child labor', 'child workers'] },
  {
    term: 'Child soldier',
    issues: [C, 'International humanitarian law'],
    match: ['child soldier', 'children in armed conflict', 'recruitment of children'],
  },
  { term: 'Citizenship / nationality', issues: ['CP rights - general'], match: ['citizenship', 'nationality'] },
  { term: 'Civilian', issues: ['International humanitarian law'], match: ['civilian'] },
  {
    term: 'Conscientious objection',
    issues: ['Freedom of religion and belief'],
    match: ['conscientious objection', 'conscientious objector'],
  },
  {
    term: 'Cooperation with the international community',
    issues: ['Other'],
    weak: true,
    match: ['cooperation with the international community'],
  },
  {
    term: 'Cooperation with UN / OHCHR',
    issues: ['Other'],
    weak: true,
    match: ['cooperation with the united nations', 'cooperation with ohchr', 'cooperate with ohchr', 'cooperate with the united nations'],
  },
  { term: 'Corporal punishment', issues: ['Torture and other CID treatment'], match: ['corporal punishment'] },
  {
    term: 'Corporal punishment of children at home/in school',
    issues: [C, 'Torture and other CID treatment'],
    match: ['corporal punishment + children', 'corporal punishment + school', 'corporal punishment + home'],
  },
  { term: 'Crimes of the past', issues: ['Justice'], match: ['crimes of the past', 'past crimes', 'past abuses'] },
  { term: 'Declaration on indigenous peoples', issues: [II, 'Indigenous peoples'], match: ['declaration + indigenous peoples'] },
  {
    term: 'Declaration on human rights defenders',
    issues: [II, 'Human rights defenders'],
    match: ['declaration + human rights defenders'],
  },
  { term: 'Defamation', issues: ['Freedom of opinion and expression'], match: ['defamation'] },
  { term: 'Democracy', issues: ['General'], weak: true, match: ['democracy'] },
  {
    term: 'Dialogue between religion',
    issues: ['Freedom of religion and belief'],
    match: ['dialogue + religions', 'interreligious', 'interfaith', 'inter religious'],
  },
  { term: 'Discrimination', issues: ['Other'], weak: true, match: ['discrimination'] },
  {
    term: 'Discrimination against Arab and Muslim populations',
    issues: ['Racial discrimination', 'Freedom of religion and belief', 'Minorities'],
    match: ['discrimination + arab', 'discrimination + muslim', 'islamophobia'],
  },
  {
    term: 'Discrimination against ethnic minorities',
    issues: ['Racial discrimination', 'Minorities'],
    match: ['discrimination + ethnic minorities'],
  },
  { term: 'Domestic violence', issues: [W, C], match: ['domestic violence'] },
  { term: 'Drug', issues: ['Public security'], match: ['drug', 'narcotic'] },
  { term: 'Early marriages', issues: [C], match: ['early marriage', 'child marriage'] },
  { term: 'Elderly', issues: ['Other'], match: ['elderly', 'older persons'] },
  { term: 'Ethnic discrimination', issues: ['Racial discrimination'], match: ['ethnic discrimination', 'discrimination + ethnic'] },
  { term: 'Ethnicity', issues: ['Minorities'], match: ['ethnicity', 'ethnic groups'] },
  { term: 'Family code', issues: [W], match: ['family code'] },
  { term: 'Family values', issues: ['Other'], match: ['family values'] },
  {
    term: 'Female genital mutilation',
    issues: [W, C, 'Torture and other CID treatment'],
    match: ['female genital mutilation', 'genital mutilation', 'fgm'],
  },
  { term: 'Fight terrorism', issues: ['Public security'], match: ['fight + terrorism', 'combat + terrorism'] },
  { term: 'Forced marriages', issues: [W, C], match: ['forced marriage'] },
  { term: 'Foreigner', issues: ['Migrants'], match: ['foreigner'] },
  {
    term: 'Freedom of / access / right to information',
    issues: ['Freedom of opinion and expression'],
    match: ['freedom of information', 'access to information', 'right to information'],
  },
  { term: 'Geneva convention', issues: [II, 'International humanitarian law'], match: ['geneva convention'] },
  {
    term: 'Geneva convention (but talking about refugees)',
    issues: [II, 'Asylum-seekers - refugees'],
    match: ['geneva convention + refugees', 'convention relating to the status of refugees', 'refugee convention'],
  },
  { term: 'Genocide', issues: ['Justice'], match: ['genocide'] },
  { term: 'Governance / good governance', issues: ['Justice'], match: ['governance'] },
  { term: 'Harmful practices', issues: ['Torture and other CID treatment'], match: ['harmful practices', 'harmful traditional practices'] },
  { term: 'Hate crime', issues: ['Other'], match: ['hate crime'] },
  {
    term: 'Honour crimes / killings',
    issues: [W, C],
    match: ['honour crime', 'honor crime', 'honour killing', 'honor killing', 'in the name of honour', 'in the name of honor'],
  },
  { term: 'HRC human rights mechanisms', issues: ['UPR process', 'Special procedures'], match: ['human rights council + mechanisms'] },
  {
    term: 'UN human rights mechanisms',
    issues: ['Special procedures', 'Treaty bodies', 'UPR process'],
    match: ['united nations human rights mechanisms', 'un human rights mechanisms'],
  },
  { term: 'Human rights goals', issues: ['General'], weak: true, match: ['human rights goals'] },
  {
    term: 'Humanitarian (access)',
    issues: ['Other'],
    match: ['humanitarian access', 'humanitarian assistance', 'humanitarian aid'],
  },
  {
    term: 'Implement recommendations by CAT on the rights of the child',
    issues: [C, 'Treaty bodies'],
    match: ['recommendations + committee against torture + children'],
  },
  {
    term: 'Implement recommendations by CEDAW on discrimination against women',
    issues: [W, 'Treaty bodies'],
    match: ['recommendations + cedaw', 'committee on the elimination of discrimination against women'],
  },
  {
    term: 'Integrate a gender perspective in the UPR',
    issues: [W, 'UPR process'],
    match: ['gender + upr', 'gender + universal periodic review'],
  },
  { term: 'International human rights mechanisms', issues: ['General'], weak: true, match: ['international human rights mechanisms'] },
  {
    term: 'International human rights obligations / standards / law / norms',
    issues: [II],
    match: [
      'international human rights obligations',
      'international human rights standards',
      'international human rights law',
      'international human rights norms',
    ],
  },
  {
    term: 'International standards / norms / obligations / law',
    issues: [],
    note: 'No tag',
    match: ['international standards', 'international norms', 'international obligations', 'international law'],
  },
  { term: 'Involve civil society in the follow-up', issues: ['UPR process', 'Civil society'], match: ['civil society + follow'] },
  { term: 'Juvenile justice', issues: [C, 'Justice'], match: ['juvenile justice'] },
  { term: 'Lawyers', issues: ['Justice'], match: ['lawyer'] },
  { term: 'Marginalized groups', issues: ['Minorities'], match: ['marginalized groups', 'marginalised groups'] },
  { term: 'Maternal mortality', issues: ['Right to health', W], match: ['maternal mortality', 'maternal death'] },
  { term: 'MDGs', issues: ['Development'], match: ['mdg', 'mdgs', 'millennium development goals'] },
  { term: 'Migrant workers', issues: ['Migrants', 'Labour'], match: ['migrant workers'] },
  { term: 'Missing person', issues: ['Other'], match: ['missing persons'] },
  {
    term: 'National human rights plan',
    issues: ['National plan of action'],
    match: ['national human rights plan', 'national plan + human rights', 'national action plan + human rights'],
  },
  { term: 'Naturalization', issues: ['Other'], match: ['naturalization', 'naturalisation'] },
  { term: 'Ombudsman', issues: ['NHRI'], match: ['ombudsman', 'ombudsmen', 'ombudsperson'] },
  {
    term: 'Opposition leaders',
    issues: ['Freedom of association and peaceful assembly'],
    match: ['opposition leader', 'opposition parties', 'political opposition'],
  },
  {
    term: 'Optional protocol to CAT',
    issues: [II, 'Torture and other CID treatment', 'Detention'],
    match: ['optional protocol + convention against torture', 'opcat', 'op cat'],
  },
  { term: 'Organised crimes', issues: ['Public security'], match: ['organized crime', 'organised crime'] },
  {
    term: 'Paramilitary groups',
    issues: ['Public security', 'Justice'],
    note: 'Public security if about killing or insecurity; Justice if linked with government, demilitarisation',
    match: ['paramilitary'],
  },
  { term: 'Peace', issues: ['Other'], weak: true, match: ['peace'] },
  { term: 'Political prisoners', issues: ['Freedom of opinion and expression'], match: ['political prisoners', 'prisoners of conscience'] },
  {
    term: 'Prioritize actions on the recommendations of different treaty bodies in particular CEDAW and CRC',
    issues: ['Treaty bodies', W, C],
    match: ['treaty bodies + cedaw + crc'],
  },
  { term: 'Public executions', issues: ['Death penalty'], match: ['public executions'] },
  { term: 'Public security companies', issues: ['Other'], match: ['security companies'] },
  {
    term: 'Racial discrimination of people of Haitian descent',
    issues: ['Racial discrimination', 'Minorities'],
    match: ['haitian descent', 'haitian origin'],
  },
  { term: 'Rape (Marital)', issues: [W, C], match: ['marital rape', 'spousal rape', 'rape within marriage'] },
  { term: 'Racket', issues: ['Public security'], match: ['racket', 'extortion'] },
  { term: 'Raise awareness', issues: [], note: 'No tag', match: ['raise awareness'] },
  {
    term: 'Ratification of the CAT',
    issues: [II, 'Torture and other CID treatment'],
    match: ['ratify + convention against torture', 'ratify + cat'],
  },
  { term: 'Ratify Rome Statute', issues: [II, 'Justice'], match: ['rome statute'] },
  { term: 'Reconciliation', issues: ['Justice'], match: ['reconciliation'] },
  { term: 'Regional cooperation or integration', issues: ['Other'], match: ['regional cooperation', 'regional integration'] },
  { term: 'Religious minorities', issues: ['Minorities', 'Freedom of religion and belief'], match: ['religious minorities'] },
  { term: 'Reparation', issues: ['Justice'], match: ['reparation'] },
  { term: 'Reproductive health', issues: [W, 'Right to health'], match: ['reproductive health'] },
  {
    term: 'Review anti terrorism legislation',
    issues: ['Counter-terrorism'],
    match: ['anti terrorism', 'antiterrorism', 'counter terrorism', 'counterterrorism', 'countering terrorism', 'terrorism + legislation'],
  },
  { term: 'Right to life', issues: ['Other'], match: ['right to life'] },
  { term: 'Right to privacy', issues: ['Other'], match: ['right to privacy', 'privacy'] },
  { term: 'Rule of law', issues: ['Justice'], match: ['rule of law'] },
  { term: 'Self determination', issues: ['Other'], match: ['self determination'] },
  {
    term: 'Sexual and reproductive rights',
    issues: ['Right to health', C, W],
    match: ['sexual and reproductive', 'reproductive rights'],
  },
  { term: 'Sexual violence', issues: [W, C], match: ['sexual violence', 'sexual abuse'] },
  { term: 'Slavery', issues: ['Other'], match: ['slavery'] },
  { term: 'State of emergency', issues: ['Public security'], match: ['state of emergency', 'emergency law'] },
  { term: 'Statelessness', issues: ['Other'], match: ['statelessness', 'stateless'] },
  {
    term: 'Support by the international community',
    issues: ['Technical assistance and cooperation'],
    match: ['support + international community', 'assistance + international community'],
  },
  { term: 'Taser', issues: ['Torture and other CID treatment'], match: ['taser'] },
  { term: 'Tolerance / intolerance (if not specified)', issues: ['General'], weak: true, match: ['tolerance', 'intolerance'] },
  { term: 'Trafficking of women and children', issues: ['Trafficking', W, C], match: ['trafficking + women + children'] },
  { term: 'UN bodies', issues: ['Special procedures', 'Treaty bodies'], match: ['un bodies', 'united nations bodies'] },
  { term: 'Unemployment', issues: ['Development'], not: ['Labour'], match: ['unemployment'] },
  {
    term: 'Unequal pay at work between men and women',
    issues: [W],
    not: ['Labour'],
    match: ['unequal pay', 'equal pay', 'pay gap', 'wage gap', 'equal remuneration'],
  },
  { term: 'Vulnerable groups', issues: ['Minorities'], match: ['vulnerable groups'] },
  {
    term: 'Vulnerable groups such as persons with disabilities and indigenous peoples',
    issues: ['Disabilities', 'Indigenous peoples'],
    not: ['Minorities'],
    match: ['vulnerable groups + disabilities + indigenous'],
  },
  { term: 'Witchcraft', issues: ['Justice'], match: ['witchcraft'] },
  { term: 'Youth', issues: ['Other'], match: ['youth'] },
];
