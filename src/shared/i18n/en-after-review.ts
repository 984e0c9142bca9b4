/**
 * English texts of the last stages of a cycle: the mid-term report and update letters, starting
 * the next cycle, and the baseline a new campaign inherits; part of en.ts.
 */
export const enAfterReview = {
  midterm: {
    title: 'Mid-term report',
    intro:
      'Two to two and a half years after the review, report where implementation stands. The report is written from your monitoring: a summary per key issue, then each followed recommendation with its status, the body responsible and the dated evidence.',
    language: 'Language of the documents',
    docx: 'Word (DOCX)',
    pdf: 'PDF',
    print: 'Print view',
    empty: 'Nothing to report yet: the report lists the supported recommendations you follow. Mark them in the outcome first.',
    goMonitoring: 'Open the monitoring',
    lettersTitle: 'Update letters to the recommending States',
    lettersIntro:
      'One letter per State whose recommendations you follow, to its embassy (or Geneva mission), addressed to the person you know there: their recommendations, where implementation stands, and a request to keep raising them.',
    lettersDocx: 'Letters in Word (DOCX)',
    lettersPrint: 'Letters, print view',
    followed: 'Followed recommendations in the report: {{n}}',
  },
  nextCycle: {
    title: 'Start the next cycle',
    intro:
      'The next review of {{sur}} begins the cycle again. Create its campaign now: your key issues, target States, contacts and this cycle’s recommendations (as the baseline) come with it.',
    start: 'Start the next cycle',
    confirmTitle: 'Create the campaign of the next cycle?',
    confirmText: 'A new campaign for {{sur}} is created, with its review expected on {{date}}. This campaign stays as it is.',
    dateSource: {
      confirmed: 'date published by the UN',
      session: 'session known, exact day not yet published',
      estimated: 'estimated: the State is reviewed again about 4½ years later',
      user: 'date entered by hand',
    },
    carries: 'It carries over:',
    keyIssues: 'Key issues: {{n}}',
    targets: 'Target States: {{n}}',
    channels: 'Embassies and missions: {{n}}',
    people: 'People in post: {{n}}',
    baseline: 'Recommendations of this cycle, as the baseline: {{n}}',
    create: 'Create the next campaign',
    created: 'The campaign of the next cycle is ready.',
    exists: 'The next cycle already has its campaign: {{name}}.',
    open: 'Open {{name}}',
    notYet: 'The review of this campaign has not taken place yet: start the next cycle after it.',
    readOnly: 'Your role cannot create campaigns. Ask an editor.',
  },
  baseline: {
    title: 'Recommended previously',
    intro:
      'What {{sur}} received in the previous cycle ({{name}}, review of {{date}}{{symbol}}), with its response and how far it was implemented. Ask again for what was supported and not done.',
    counts: 'Recommendations: {{total}} · followed: {{followed}}',
    onlyFollowed: 'Only the ones we followed',
    shown: 'Shown: {{n}} of {{total}}',
    listLabel: 'Recommendations of the previous cycle',
    paragraph: 'Recommendation {{paragraph}}',
    by: 'By: {{states}}',
    notMonitored: 'Not monitored',
    ministry: 'Responsible: {{ministry}}',
    latest: 'Latest evidence ({{date}}): {{text}}',
    source: 'Source: {{source}}',
    followed: 'Followed',
    noResponse: 'Response not known',
    empty: 'No recommendation was saved in the previous cycle.',
  },
} as const;
