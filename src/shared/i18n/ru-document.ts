/**
 * Russian texts of the advocacy document builder; part of ru.ts.
 */
import type { Catalog } from './catalog.js';

export const ruDocument: Catalog['document'] = {
  title: 'Информационная записка',
};
