/**
 * Guesses which column of a contacts spreadsheet holds which field from the header texts, in
 * English and Russian ("Страна", "Должность", "ФИО", "E-mail"). The user confirms or corrects
 * the guess on the preview before anything is imported.
 */
import { emptyMapping, type ContactField, type ContactMapping } from '../../shared/contracts/contacts.js';

/** Lower case, accents and punctuation away, ё → е: "E-mail" → "e mail", "Ф.И.О." → "ф и о". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Header names per field, most specific first (already normalised). */
const SYNONYMS: Record<ContactField, readonly string[]> = {
  state: ['state iso3', 'страна iso3', 'код iso3', 'iso3', 'iso', 'country code', 'код страны', 'state', 'country', 'state name', 'country name', 'страна', 'государство', 'название страны'],
  channel: ['channel', 'канал', 'embassy or mission', 'посольство или миссия', 'type', 'kind', 'тип'],
  post: ['post', 'position', 'job title', 'title', 'function', 'role', 'должность', 'пост', 'позиция'],
  name: ['name', 'full name', 'person', 'contact person', 'contact', 'фио', 'ф и о', 'имя', 'контактное лицо', 'контакт', 'сотрудник'],
  email: ['e mail', 'email', 'mail', 'e mail address', 'email address', 'электронная почта', 'эл почта', 'почта'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'телефон', 'тел'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks', 'примечание', 'примечания', 'заметка', 'заметки', 'комментарии'],
  since: ['since', 'from', 'start', 'start date', 'в должности с', 'с', 'начало', 'дата начала'],
  until: ['until', 'to', 'left', 'end', 'end date', 'в должности по', 'по', 'до', 'ушел', 'дата ухода', 'окончание'],
};

/**
 * When several fields could claim a column by containment, the more telling ones choose first
 * ("Contact e-mail" is an e-mail, not a name; "State name" is the State, not the person).
 */
const CONTAINMENT_ORDER: readonly ContactField[] = ['state', 'channel', 'email', 'phone', 'since', 'until', 'post', 'note', 'name'];

const containsWords = (header: string, synonym: string) => ` ${header} `.includes(` ${synonym} `);

/** The suggested column of each field: exact header matches first, then headers containing a known name. */
export function suggestMapping(columns: readonly string[]): ContactMapping {
  const headers = columns.map(normalizeHeader);
  const mapping = emptyMapping();
  const taken = new Set<number>();
  const claim = (field: ContactField, test: (header: string, synonym: string) => boolean) => {
    if (mapping[field] !== null) return;
    for (const synonym of SYNONYMS[field]) {
      const index = headers.findIndex((header, i) => !taken.has(i) && header !== '' && test(header, synonym));
      if (index !== -1) {
        mapping[field] = index;
        taken.add(index);
        return;
      }
    }
  };
  for (const field of CONTAINMENT_ORDER) claim(field, (header, synonym) => header === synonym);
  // Single-letter Russian prepositions ("с", "по", "до") only count as whole headers.
  for (const field of CONTAINMENT_ORDER) claim(field, (header, synonym) => synonym.length > 2 && containsWords(header, synonym));
  return mapping;
}
