/**
 * Russian texts of the outreach board (embassies and Geneva missions); part of ru.ts.
 */
import type { Catalog } from './catalog.js';

export const ruOutreach: Catalog['outreach'] = {
  title: 'Работа с посольствами и миссиями',
};
