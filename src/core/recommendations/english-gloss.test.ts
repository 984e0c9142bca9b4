import { describe, expect, it } from 'vitest';
import { estimateActionCategory } from './action-category.js';
import { comparableEnglish, glossRussian, isMostlyCyrillic } from './english-gloss.js';
import { suggestIssues } from './issue-keywords.js';
import { RUSSIAN_GLOSSARY } from './russian-glossary.js';

describe('glossRussian', () => {
  it('turns every case and number of a known word into the same English term', () => {
    for (const form of ['пытки', 'пыток', 'пыткам', 'пытками']) expect(glossRussian(form)).toBe('torture');
  });

  it('prefers the phrase and the longest stem ("смертная казнь", "правозащитников" before "права")', () => {
    expect(glossRussian('Отменить смертную казнь')).toBe('repeal death penalty');
    expect(glossRussian('защищать правозащитников')).toBe('protect human rights defenders');
    expect(glossRussian('права человека')).toBe('human rights');
  });

  it('reads through function words inside a phrase and folds ё/й', () => {
    expect(glossRussian('насилие в семье')).toBe('domestic violence');
    expect(glossRussian('«стёртым» жителям')).toBe('erased residents');
  });

  it('keeps Latin words and numbers (treaty acronyms, years) and drops unknown Russian words', () => {
    expect(glossRussian('Ратифицировать OP-CAT к 2027 году немедля')).toBe('ratify op-cat 2027');
  });

  it('has well-formed entries only', () => {
    for (const entry of RUSSIAN_GLOSSARY) {
      expect(entry.english, entry.stems.join(' ')).toMatch(/^[a-z][a-z -]*$/);
      for (const stem of entry.stems) expect(stem).toMatch(/^[а-я]{2,}$/);
    }
  });
});

describe('comparableEnglish', () => {
  it('leaves English (and text that is mostly Latin) untouched', () => {
    const english = 'Ratify the Optional Protocol (OP-CAT)';
    expect(comparableEnglish(english)).toBe(english);
    expect(isMostlyCyrillic('Ratify OP-CAT (Россия)')).toBe(false);
    expect(isMostlyCyrillic('Ратифицировать OP-CAT')).toBe(true);
  });

  it('lets the issue suggester and the action category read Russian drafts', () => {
    expect(suggestIssues('Отменить смертную казнь и ввести мораторий на казни')[0]?.issue).toBe('Death penalty');
    expect(suggestIssues('Прекратить пытки в местах лишения свободы').map((s) => s.issue)).toEqual(
      expect.arrayContaining(['Torture and other CID treatment']),
    );
    expect(estimateActionCategory(comparableEnglish('Рассмотреть возможность ратификации Конвенции')).category).toBe(3);
    expect(estimateActionCategory(comparableEnglish('Продолжать укреплять Управление Омбудсмена')).category).toBe(2);
  });
});
