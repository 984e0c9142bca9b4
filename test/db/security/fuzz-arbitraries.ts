/**
 * fast-check arbitraries for request fuzzing: values at the edges of what the API's schemas
 * accept (dates that do not exist or lie far out, ISO3-looking codes, huge and fractional
 * numbers, long and odd Unicode strings, injection-looking text), valid bodies with a few
 * fields changed, dropped or added, any JSON at all, and bodies that are not JSON.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ODD_STRINGS = [
  '', ' ', '\u0000', '\t\n', '2025-02-29', '2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2025-13-01', '2025-00-10', '2025-1-1',
  '1899-12-31', '2100-01-01', '2025-02-03T10:00:00Z', '-1', 'NaN', 'Infinity', 'null', 'true', 'KAZ', 'kaz', 'XXX', 'DEU', 'EU', 'embassy', 'mission',
  'supported', 'noted', 'admin', 'editor', 'viewer', 'ru', 'en', 'zz', '140.18', '999.9999', '<script>alert(1)</script>', "'; DROP TABLE campaign; --",
  '" OR 1=1 --', '=HYPERLINK("http://evil.example")', '../../etc/passwd', '%00', '\u202eevil', '\ud800', '\uffff', 'a'.repeat(5000), 'я'.repeat(3000),
  'NHRI', 'Rights of the Child', 'true', 'false', '1', '0', '*', 'AND', '"', 'NEAR(', 'x'.repeat(65),
];

export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^[A-Za-z]{2,4}$/),
);

export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1, 99, 100, 3000, 3001, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 5e-324, 0.5),
);

export const oddValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: oddString },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(oddString, { maxLength: 12 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), oddString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
);

/** Paths to every value inside `value` (object keys and array indexes). */
function valuePaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const inner = isObject(value) ? Object.entries(value) : Array.isArray(value) ? value.map((v, i) => [i, v] as const) : [];
  return inner.flatMap(([k, v]) => [[...path, k], ...valuePaths(v as Json, [...path, k])]);
}

function objectPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const inner = isObject(value) ? Object.entries(value) : Array.isArray(value) ? value.map((v, i) => [i, v] as const) : [];
  return [...(isObject(value) ? [path] : []), ...inner.flatMap(([k, v]) => objectPaths(v as Json, [...path, k]))];
}

const at = (root: Json, path: (string | number)[]): any => path.reduce<any>((v, step) => v[step], root);

type Op = { kind: 'replace' | 'delete' | 'add' | 'duplicate'; pick: number; value: Json; key: string };

function apply(base: Json, ops: Op[]): Json {
  let body = structuredClone(base);
  for (const op of ops) {
    if (op.kind === 'add') {
      const objects = objectPaths(body);
      if (objects.length === 0) continue;
      at(body, objects[op.pick % objects.length]!)[op.key] = op.value;
      continue;
    }
    const paths = valuePaths(body);
    if (paths.length === 0) {
      body = op.value;
      continue;
    }
    const path = paths[op.pick % paths.length]!;
    const parent = at(body, path.slice(0, -1));
    const last = path.at(-1)!;
    if (op.kind === 'replace') parent[last] = op.value;
    else if (op.kind === 'duplicate' && Array.isArray(parent)) parent.push(...Array.from({ length: 1 + (op.pick % 60) }, () => structuredClone(parent[last as number])));
    else if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  }
  return body;
}

/** A valid body with one to four of its values replaced, dropped, repeated, or keys added. */
export function mutatedBody(base: Json): fc.Arbitrary<Json> {
  const op = fc.record({
    kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add', 'duplicate') as fc.Arbitrary<Op['kind']>,
    pick: fc.nat(),
    value: oddValue,
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
  });
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => apply(base, ops));
}

/** The raw text of a JSON request body: mostly near-valid, sometimes anything, sometimes not JSON. */
export function jsonBodyText(base: Json): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: mutatedBody(base).map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`) },
    { weight: 1, arbitrary: fc.constantFrom('', 'null', '{', '{"a":1}{"b":2}', '\uFEFF{}', '{"__proto__":{"role":"admin"}}', '[]', '0', '"x"') },
  );
}

/** Text of an uploaded file: the valid one changed here and there, or anything. */
export function fileBodyText(base: string): fc.Arbitrary<string> {
  const lines = base.split('\n');
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.tuple(fc.nat(), oddString), { minLength: 1, maxLength: 4 }).map((edits) => {
      const copy = [...lines];
      for (const [i, text] of edits) copy[i % copy.length] = text;
      return copy.join('\n');
    }) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.nat(), fc.constantFrom(',', ';', '"', '\t', '\r\n', '\u0000', '=')), { minLength: 1, maxLength: 6 }).map((edits) => {
      let text = base;
      for (const [i, ch] of edits) text = `${text.slice(0, i % (text.length + 1))}${ch}${text.slice(i % (text.length + 1))}`;
      return text;
    }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  );
}

/** A query parameter value (repeated now and then). */
export const queryValue: fc.Arbitrary<string | string[]> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(oddString, oddNumber.map(String)) },
  { weight: 1, arbitrary: fc.array(oddString, { minLength: 2, maxLength: 4 }) },
);

/** A path segment: odd strings, made-up ids, encoded traversal. */
const encodable = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false; // a lone surrogate cannot be put in a URL
  }
};

export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  oddString.filter((s) => s.length > 0 && s.length < 300 && encodable(s)),
  fc.uuid(),
  fc.constantFrom('..', '.', '%2e%2e', 'export.csv', 'null', 'undefined', '0', '-1', 'x'.repeat(200)),
);
