/**
 * English texts of the outreach board (embassies and Geneva missions); part of en.ts.
 */
export const enOutreach = {
  title: 'Outreach',
} as const;
