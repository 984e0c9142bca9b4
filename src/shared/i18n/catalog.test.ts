import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { resources, UI_LANGUAGES } from './index.js';
import { ru } from './ru.js';

type Tree = { [key: string]: string | Tree };

/** Every leaf key path of a catalog, with its value. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value, path) : [[path, value] as [string, unknown]];
  });
}

describe('interface catalogs', () => {
  const enPaths = leaves(en as unknown as Tree)
    .map(([path]) => path)
    .sort();

  it('ru has exactly the key paths of en', () => {
    const ruPaths = leaves(ru as unknown as Tree)
      .map(([path]) => path)
      .sort();
    expect(ruPaths).toEqual(enPaths);
  });

  it.each(UI_LANGUAGES)('%s has no empty or non-string texts', (language) => {
    const bad = leaves(resources[language].translation as unknown as Tree).filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s uses the same interpolation variables as en', (language) => {
    const vars = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enTexts = new Map(leaves(en as unknown as Tree));
    const mismatched = leaves(resources[language].translation as unknown as Tree).filter(
      ([path, value]) => JSON.stringify(vars(value)) !== JSON.stringify(vars(enTexts.get(path))),
    );
    expect(mismatched).toEqual([]);
  });

  it('uses no plural suffixes, which would differ between languages', () => {
    expect(enPaths.filter((path) => /_(zero|one|two|few|many|other)$/.test(path))).toEqual([]);
  });
});
