/**
 * The shape every interface catalog must have: the key paths of the English catalog with any
 * string as value. Assigning a catalog to this type fails to compile when a key is missing.
 */
import type { en } from './en.js';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Catalog = Widen<typeof en>;
