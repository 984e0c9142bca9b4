/**
 * English texts of the advocacy document builder; part of en.ts.
 */
export const enDocument = {
  title: 'Advocacy document',
} as const;
