import { describe, expect, it } from 'vitest';
import { findIssue, isUprInfoIssue, issueLabel, UPR_INFO_ISSUES } from './issues.js';

describe('UPR Info issues', () => {
  it('are the 54 labels of the data, each once', () => {
    expect(UPR_INFO_ISSUES).toHaveLength(54);
    expect(new Set(UPR_INFO_ISSUES).size).toBe(54);
    expect(UPR_INFO_ISSUES).toContain('Detention');
    expect(UPR_INFO_ISSUES).toContain('Technical assistance and cooperation');
  });

  it('have distinct, non-empty English and Russian labels', () => {
    for (const language of ['en', 'ru'] as const) {
      const labels = UPR_INFO_ISSUES.map((i) => issueLabel(i, language));
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(54);
    }
    expect(UPR_INFO_ISSUES.every((i) => /[а-яё]/i.test(issueLabel(i, 'ru')))).toBe(true);
  });

  it('uses natural Russian human-rights terminology', () => {
    expect(issueLabel('Rights of the Child', 'ru')).toBe('Права ребёнка');
    expect(issueLabel('International instruments', 'ru')).toBe('Международные договоры');
    expect(issueLabel('Torture and other CID treatment', 'ru')).toBe(
      'Пытки и другие жестокие, бесчеловечные или унижающие достоинство виды обращения',
    );
  });

  it('isUprInfoIssue accepts only the exact data labels', () => {
    expect(isUprInfoIssue('Rights of the Child')).toBe(true);
    expect(isUprInfoIssue('rights of the child')).toBe(false);
    expect(isUprInfoIssue('Права ребёнка')).toBe(false);
    expect(isUprInfoIssue(42)).toBe(false);
  });

  it('findIssue matches a label in either language, ignoring case, spacing, dashes and ё', () => {
    expect(findIssue('rights of the child')).toBe('Rights of the Child');
    expect(findIssue('  ПРАВА  РЕБЕНКА ')).toBe('Rights of the Child');
    expect(findIssue('Torture and other cruel, inhuman or degrading treatment')).toBe('Torture and other CID treatment');
    expect(findIssue('HIV–Aids')).toBe('HIV - Aids');
    expect(findIssue('HIV/AIDS')).toBe('HIV - Aids');
    expect(findIssue('asylum-seekers – refugees')).toBe('Asylum-seekers - refugees');
    expect(findIssue('women’s rights')).toBe("Women's rights");
    // The wording of UPR Info's document where it differs from the data.
    expect(findIssue('Detention conditions')).toBe('Detention');
    expect(findIssue('Technical assistance')).toBe('Technical assistance and cooperation');
    expect(findIssue('Children')).toBeNull();
    expect(findIssue('')).toBeNull();
  });

  it('every label finds its own issue (no label is shared by two issues)', () => {
    for (const issue of UPR_INFO_ISSUES) {
      expect(findIssue(issue)).toBe(issue);
      expect(findIssue(issueLabel(issue, 'en'))).toBe(issue);
      expect(findIssue(issueLabel(issue, 'ru'))).toBe(issue);
    }
  });
});
