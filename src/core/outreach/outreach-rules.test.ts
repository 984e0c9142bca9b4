import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_STATUSES, completesFollowUp, followUpFor, INTERACTION_KINDS, statusAfter, statusWithContact, type ChannelStatus } from './outreach-rules.js';

describe('statusAfter', () => {
  it.each<[ChannelStatus, (typeof INTERACTION_KINDS)[number], ChannelStatus]>([
    ['not-contacted', 'call', 'contact-found'],
    ['not-contacted', 'document-sent', 'document-sent'],
    ['document-sent', 'call', 'followed-up'],
    ['document-sent', 'email', 'followed-up'],
    ['contact-found', 'email', 'contact-found'],
    ['followed-up', 'meeting-request', 'meeting-requested'],
    ['meeting-requested', 'meeting', 'meeting-held'],
    ['not-contacted', 'briefing', 'meeting-held'],
    ['meeting-held', 'document-sent', 'meeting-held'],
  ])('%s + %s → %s', (from, kind, to) => expect(statusAfter(from, kind)).toBe(to));

  it('never moves a channel backwards', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNEL_STATUSES), fc.array(fc.constantFrom(...INTERACTION_KINDS)), (start, kinds) => {
        let status = start;
        for (const kind of kinds) {
          const next = statusAfter(status, kind);
          expect(CHANNEL_STATUSES.indexOf(next)).toBeGreaterThanOrEqual(CHANNEL_STATUSES.indexOf(status));
          status = next;
        }
      }),
    );
  });

  it('knowing a person makes a fresh channel "contact found" and leaves later ones alone', () => {
    expect(statusWithContact('not-contacted')).toBe('contact-found');
    expect(statusWithContact('document-sent')).toBe('document-sent');
  });
});

describe('followUpFor', () => {
  it('a document sent asks for a follow-up call one week later, across month ends', () => {
    expect(followUpFor('document-sent', '2027-01-28')).toEqual({ kind: 'follow-up-call', due: '2027-02-04' });
    expect(followUpFor('document-sent', '2028-02-25')).toEqual({ kind: 'follow-up-call', due: '2028-03-03' });
  });
  it('a meeting request creates the meeting task on the date asked for, else a week later', () => {
    expect(followUpFor('meeting-request', '2027-01-10', '2027-01-20')).toEqual({ kind: 'meeting', due: '2027-01-20' });
    expect(followUpFor('meeting-request', '2027-01-10')).toEqual({ kind: 'meeting', due: '2027-01-17' });
  });
  it('other interactions create nothing', () => {
    for (const kind of ['call', 'email', 'meeting', 'briefing'] as const) expect(followUpFor(kind, '2027-01-10')).toBeNull();
  });
  it('a call or e-mail completes the follow-up call; a meeting completes the meeting', () => {
    expect(completesFollowUp('call')).toBe('follow-up-call');
    expect(completesFollowUp('email')).toBe('follow-up-call');
    expect(completesFollowUp('meeting')).toBe('meeting');
    expect(completesFollowUp('document-sent')).toBeNull();
  });
});
