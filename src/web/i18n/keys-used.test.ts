import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en.js';

// The web sources as text (Vite's glob import: no node:fs in src/web).
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function lookup(path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], en);
}

describe('translation keys used by the web app', () => {
  it('every literal t("…") key exists in the catalog as a text', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const [file, source] of Object.entries(sources)) {
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = match[1] ?? '';
        seen += 1;
        if (typeof lookup(key) !== 'string') missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('has a text for every API error code, and the dynamic key families exist', async () => {
    const { ERROR_CODES } = await import('../../core/errors.js');
    for (const code of ERROR_CODES) expect(typeof lookup(`errors.${code}`)).toBe('string');
    for (const role of ['admin', 'editor', 'viewer']) expect(typeof lookup(`roles.${role}`)).toBe('string');
    for (const state of ['current', 'upcoming', 'past', 'late']) expect(typeof lookup(`status.${state}`)).toBe('string');
    for (const reason of ['document', 'inferred-order', 'session-first-day', 'projected-cycle']) {
      expect(typeof lookup(`reason.${reason}`)).toBe('string');
    }
  });
});
