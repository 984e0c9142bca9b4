/**
 * English wording of the advocacy strategy (STRATEGY.md): one text per stage, task, note and tip
 * of catalogue.ts, plus the deadline labels and the kinds of UN sessions that block outreach.
 */
import type { PlanTexts } from './stage-texts.js';

export const stageTextsEn: PlanTexts = {
  stages: {
    'national-consultations': {
      title: 'National consultations',
      summary:
        'Between a year and six months before the review, the State under review prepares its national report for the Universal Periodic Review (UPR). Push the government to consult civil society before it writes the report, and take part in those consultations so that your issues have a chance to make it into the text.',
      tasks: {
        'encourage-consultations':
          'Ask the government to hold open and transparent national consultations with civil society before it starts drafting its national report.',
        'take-part':
          'Take part in the national consultations and press for your issues to be included in the national report.',
      },
      notes: {
        'hrc-resolution-5-1':
          'Human Rights Council resolution 5/1 encourages States to prepare their national report through broad consultations at national level with all relevant stakeholders; the process should be open and transparent.',
        'national-report-deadline':
          'The State must submit its national report three months before the review, so the consultations have to take place well before that date.',
      },
      tips: {
        'cite-consultations':
          'When you later lobby target States, mention that you took part in the consultations, especially if you raised issues there that the government did not take up. It strengthens your position.',
      },
    },
    'advocacy-document': {
      title: 'Advocacy document',
      summary:
        'Four to six months before the review, prepare a short advocacy document to send to embassies and missions. Keep it focused: a few key issues, each with concrete recommendations and questions that States can use during the review, plus a brief introduction to your organisation.',
      tasks: {
        'choose-issues': 'Pick the key issues you want States to raise during the review, no more than four.',
        'write-issues':
          'For each issue, write a short paragraph explaining it, followed by one or two recommendations and questions that States could put to the State under review.',
        'write-about-organisation': 'Add a short paragraph presenting your NGO and its work.',
      },
      notes: {
        'max-four-issues':
          'Cover four key issues at most. A short, focused document is easier for diplomats to read and to turn into recommendations.',
      },
      tips: {
        'refer-to-submission':
          'If you sent a written submission for the UPR, refer to it. If your issues appear in the OHCHR summary of stakeholders’ information, cite that summary as well.',
      },
    },
    'target-states': {
      title: 'Target States',
      summary:
        'In the same period, decide which States you will lobby. Look for States that already care about your issues or about your country: they are the most likely to make your recommendations during the review.',
      tasks: {
        'search-database':
          'Search the UPR Info database to find out which States regularly make recommendations on your issues.',
        'check-past-recommendations':
          'Check which States made recommendations on your issues in earlier reviews, and which of them have implemented such recommendations themselves.',
        'list-interested-states': 'Make a list of the States most likely to take an interest in your country.',
      },
      notes: {},
      tips: {},
    },
    embassies: {
      title: 'Embassies in the capital',
      summary:
        'Three to four months before the review, approach the embassies of your target States in your capital. An embassy can pass your document on to its foreign ministry and to its permanent mission in Geneva, where recommendations are prepared.',
      tasks: {
        'find-upr-contact':
          'Call the embassy of each target State and ask for the name and contact details of the person in charge of the UPR.',
        'send-document': 'Send your advocacy document to that person.',
        'follow-up-call':
          'Make a follow-up call one week after sending the document to check that it arrived and to answer questions.',
        'request-meeting': 'Ask for a meeting to discuss the document you sent.',
      },
      notes: {
        'no-upr-person':
          'Not every embassy has someone in charge of the UPR, and some staff may know little about it. If so, ask for the person responsible for human rights, and be ready to explain what the UPR is.',
      },
      tips: {
        'group-briefing':
          'Brief several embassies at once, for example all EU embassies or all Latin American embassies. It is the most efficient use of your time and can start a discussion among the diplomats.',
      },
    },
    'stakeholders-summary': {
      title: 'OHCHR summary of stakeholders’ information',
      summary:
        'Two to three months before the review, read the summary in which OHCHR brings together the information sent by NGOs and other stakeholders. If your written submission made it in, that is an official UN reference you can build on in your lobbying.',
      tasks: {
        'read-summary': 'Read the OHCHR summary of stakeholders’ information on the State under review.',
        'check-submission-included':
          'Check whether the issues from your written submission were included in the summary.',
        'add-references': 'If they were, add references to the summary to your advocacy document.',
        'remind-states': 'Remind the States you have already contacted that your issues appear in this UN document.',
      },
      notes: {},
      tips: {},
    },
    'national-report': {
      title: 'National report',
      summary:
        'One to two months before the review, study the national report of the State under review. If it ignores or glosses over your priority issues, that gap is a strong argument when you talk to target States.',
      tasks: {
        'read-national-report': 'Read the national report of the State under review.',
        'check-priority-issues': 'Check whether and how the report addresses your priority issues.',
        'brief-targets': 'Use what you found to present your issues and to give target States more information.',
      },
      notes: {},
      tips: {},
    },
    'geneva-missions': {
      title: 'Permanent missions in Geneva',
      summary:
        'One to two months before the review, contact the permanent missions of your target States in Geneva: their diplomats take part in the review itself. The steps are the same as with embassies, but plan your calls around the UN calendar.',
      tasks: {
        'find-mission-contact':
          'Call each mission and ask who is in charge of the UPR or, if there is no such person, of human rights.',
        'send-document': 'Send your advocacy document to that contact.',
        'follow-up-call': 'Make a follow-up call one week after sending the document.',
      },
      notes: {
        'avoid-sessions':
          'Check the UN calendar: do not contact missions while another UPR Working Group session or a Human Rights Council session is under way, because diplomats are too busy then.',
        'session-month-before':
          'If such a session falls about a month before your review, contact the missions a couple of weeks before it starts or a week after it ends.',
      },
      tips: {
        'mission-contacts':
          'UPR Info or Child Rights Connect can give you contact details of the permanent missions in Geneva.',
      },
    },
    'pre-session': {
      title: 'UPR Info pre-session',
      summary:
        'One to two months before the review, UPR Info holds informal public pre-sessions in Geneva. If you can travel, register to speak: it is a chance to present your issues and recommendations directly to the missions that follow your State’s review.',
      tasks: {
        'decide-geneva': 'Decide whether your organisation can go to Geneva for the pre-session.',
        register: 'If you are going, register to speak at the UPR Info pre-session on your State.',
        'prepare-presentation':
          'Prepare a 5–10 minute presentation of your issues and recommendations for the missions interested in your State’s review.',
      },
      notes: {
        'pre-session-details':
          'The pre-session is informal and public, and representatives of the State under review may attend. Details and registration: upr-info.org/presessions.',
      },
      tips: {
        'extra-meetings':
          'Ask UPR Info whether additional meetings with missions can be arranged while you are in Geneva.',
      },
    },
    review: {
      title: 'The review',
      summary:
        'On the day of the review, the UPR Working Group holds its dialogue with the State under review in Geneva. Follow it live, in the room or online, to hear which States raise your issues and how the government answers.',
      tasks: {
        'attend-or-watch': 'Attend the review in Geneva or watch it live on UN Web TV (webtv.un.org).',
      },
      notes: {
        broadcast:
          'Find out whether the State is organising a public broadcast of the review. If not, organise your own viewing and invite key participants and partners, including the media.',
      },
      tips: {},
    },
    'outcome-report': {
      title: 'Outcome report',
      summary:
        'Two days after the review, the Working Group’s draft outcome report lists the recommendations made to the State. Read it to see how far your advocacy got, and share what you learn with your partners.',
      tasks: {
        'read-draft-report':
          'Read the draft outcome report, published two days after the review on the OHCHR website and on the UPR Info website.',
        'check-issues-raised':
          'Check whether your issues were raised, whether recommendations were made on them, and whether the State’s response was positive or negative.',
        'share-results': 'Share the results with your colleagues and partners.',
      },
      notes: {},
      tips: {},
    },
    'thank-states': {
      title: 'Thank supportive States',
      summary:
        'Right after the review, thank the States that took up your issues or recommendations. It costs little, strengthens the relationship and makes them more likely to stand by you during follow-up and the next review.',
      tasks: {
        'identify-supportive-states':
          'Identify the States that raised your issues or made your recommendations during the review.',
        'send-thanks': 'Contact each of them and thank them.',
      },
      notes: {},
      tips: {},
    },
    'lobby-noted': {
      title: 'Lobby on noted recommendations',
      summary:
        'Between the review and the adoption of its outcome by the Human Rights Council plenary, about five months later, the State can still change its position. Use this time to persuade the government to accept the recommendations it has not supported.',
      tasks: {
        'request-ministry-meetings':
          'Ask for meetings with the relevant ministries of the State under review to discuss the recommendations it did not support.',
        'argue-for-acceptance':
          'Argue for accepting those recommendations before the Human Rights Council adopts the final outcome.',
      },
      notes: {
        'supported-need-no-lobbying':
          'Recommendations the State supports count as accepted and need no further lobbying; focus on those it noted or has not yet answered.',
      },
      tips: {
        'involve-nhri-and-parliament':
          'Bring in the national human rights institution and members of parliament: their backing adds weight to your arguments.',
      },
    },
    'follow-up-accepted': {
      title: 'Follow-up on accepted recommendations',
      summary:
        'Once the outcome is adopted, the work moves on to implementation. Offer the government practical help with the recommendations it accepted, so that commitments made in Geneva turn into real change at home.',
      tasks: {
        'offer-help': 'Offer the government your help in implementing the accepted recommendations.',
        'propose-action-plan': 'Offer to help draft an action plan for implementing them.',
      },
      notes: {},
      tips: {},
    },
    'dialogue-noted': {
      title: 'Dialogue on noted recommendations',
      summary:
        'Recommendations the State only noted are not lost. In the months after the adoption, talk with the government about why it did not accept them: knowing its reasons helps you plan the next steps and keep the issue alive.',
      tasks: {
        'discuss-reasons':
          'Discuss with the government why it noted, rather than supported, the recommendations on your issues.',
      },
      notes: {},
      tips: {},
    },
    'mid-term-report': {
      title: 'Mid-term report',
      summary:
        'Two to two and a half years after the review, halfway through the cycle, take stock of implementation. Write your own mid-term report and encourage the State to produce one as well.',
      tasks: {
        'write-own-report':
          'Prepare your own mid-term report on the implementation of the recommendations you care about.',
        'encourage-state-report':
          'Encourage the State to prepare its own mid-term report to monitor progress on all recommendations.',
      },
      notes: {},
      tips: {},
    },
    'next-cycle': {
      title: 'Dialogue for the next cycle',
      summary:
        'Three and a half to four years after the review, the next review is getting close. Start talking to the government early about how it will prepare its next national report.',
      tasks: {
        'urge-consultations':
          'Urge the State to hold national consultations with civil society to prepare its next review.',
      },
      notes: {},
      tips: {},
    },
    'update-recommending-states': {
      title: 'Update the recommending States',
      summary:
        'In the same period, go back to the embassies and missions that made your recommendations. Tell them what has and has not been implemented, so that they keep raising it with the government and are ready for the next review.',
      tasks: {
        'update-states':
          'Update the embassies and missions that made your recommendations on whether they have been implemented, especially the ones the State accepted.',
        'urge-bilateral':
          'Urge them to keep raising these recommendations in their bilateral relations with the State.',
      },
      notes: {},
      tips: {
        'people-change':
          'The diplomats you worked with may have changed posts or left. Ask to be put in touch with their successors and carry on the work with them.',
      },
    },
    'start-again': {
      title: 'Start again',
      summary:
        'The next review of the same State opens a new cycle, and the strategy starts over with national consultations. You can join the process at any stage: it is never too late to begin.',
      tasks: {
        'create-next-campaign': 'Create a campaign for the State’s next review and start the cycle again.',
      },
      notes: {},
      tips: {},
    },
  },
  deadlines: {
    nationalReport: 'National report due',
    review: 'Review in the Working Group',
    draftReport: 'Draft outcome report',
    outcomeAdoption: 'Outcome adopted by the HRC plenary',
    midTermReport: 'Mid-term report',
    nextReview: 'Next review',
  },
  conflictKinds: {
    upr: 'UPR Working Group session',
    hrc: 'Human Rights Council session',
  },
};
