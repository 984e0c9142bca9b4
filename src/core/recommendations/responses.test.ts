import { describe, expect, it } from 'vitest';
import { isResponse, normalizeResponse, RESPONSES } from './responses.js';

describe('normalizeResponse', () => {
  it.each([
    ['Accepted', 'supported'],
    ['Supported', 'supported'],
    ['SUPPORTED.', 'supported'],
    ['Supported (already implemented)', 'supported'],
    ['accepted; already implemented', 'supported'],
    ['Noted', 'noted'],
    ['noted', 'noted'],
    ['Took note', 'noted'],
    ['Rejected', 'noted'],
    ['Not accepted', 'noted'],
    ['Not supported', 'noted'],
    ['Did not enjoy the support of the State', 'noted'],
    ['Supported/Noted', 'partially-supported'],
    ['Supported / noted', 'partially-supported'],
    ['Partially accepted', 'partially-supported'],
    ['Accepted in part', 'partially-supported'],
    ['Partially supported', 'partially-supported'],
    ['Accepted in principle', 'no-clear-response'],
    ['General response', 'no-clear-response'],
    ['No response', 'no-clear-response'],
    ['No clear position', 'no-clear-response'],
    ['Pending', 'pending'],
    ['Will be examined', 'pending'],
    ['Under consideration', 'pending'],
    ['', 'pending'],
    ['   ', 'pending'],
    ['Acceptée', 'supported'],
    ['Prise en note', 'noted'],
    ['Поддержано', 'supported'],
    ['Принято к сведению', 'noted'],
  ] as const)('%j → %s', (raw, expected) => {
    expect(normalizeResponse(raw)).toBe(expected);
  });

  it('returns null for wording it does not know, so importers can report the row', () => {
    expect(normalizeResponse('Voluntary pledge')).toBeNull();
    expect(normalizeResponse('maybe')).toBeNull();
  });

  it('is idempotent on its own values', () => {
    for (const r of RESPONSES) expect(normalizeResponse(r), r).toBe(r);
  });

  it('isResponse recognises exactly the five values', () => {
    expect(RESPONSES.every(isResponse)).toBe(true);
    expect(isResponse('Supported')).toBe(false);
  });
});
