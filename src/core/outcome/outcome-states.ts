/**
 * The recommending States of a recommendation: the parenthesised names that close it, in every
 * style the UN has used — "(Chile) (Peru);", "(Chile, Peru);", "(Chile); (Peru);" (Word drafts),
 * "(Iran (Islamic Republic of));", "(United Kingdom of Great Britain and Northern Ireland)" —
 * and, when one paragraph holds two recommendations ("… (Ukraine); Increase … (Slovakia);"),
 * the States closing each. Name → ISO3 resolution is injected (the registry lives on the server).
 */

/** ISO 3166-1 alpha-3 code of a State named as the UN names it, or null when the name is unknown. */
export type ResolveState = (name: string) => string | null;

export interface StateAttribution {
  /** ISO3 codes in the order the report names them, without repeats. */
  iso3: string[];
  /** The names as written, in the same order (unresolved ones included). */
  raw: string[];
  /** Names in an attribution's place that are no known State. */
  unresolved: string[];
  /** How many attributions the text holds: more than one when a paragraph carries several recommendations. */
  attributions: number;
  /** A "(" is never closed: a State name may have been cut by a lost line. */
  unbalanced: boolean;
}

interface Group {
  start: number;
  end: number; // index after ")"
  content: string;
}

/** Top-level parenthesised groups; `unbalanced` when a "(" is never closed (a name cut by a lost line). */
function topLevelGroups(text: string): { groups: Group[]; unbalanced: boolean } {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, content: text.slice(start + 1, i) });
    }
  }
  return { groups, unbalanced: depth > 0 };
}

/** Splits at commas and semicolons outside inner parentheses ("Venezuela (Bolivarian Republic of), Chile"). */
function splitTopLevel(content: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of content) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if ((c === ',' || c === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}

/** What a State's name can look like: capitalised words, no digits, not an acronym such as "(ILO)" (unknown names in capitals are not flagged). */
function looksLikeStateName(name: string): boolean {
  if (/\d/.test(name) || name.length > 80 || name.split(' ').length > 10) return false;
  if (/^[\p{Lu}.\-/ ]{2,12}$/u.test(name)) return false; // "ILO", "OP-CAT": acronyms of treaties and bodies
  return /^\p{Lu}/u.test(name);
}

interface ResolvedGroup {
  names: { raw: string; iso3: string | null }[];
  resolvedCount: number;
}

function resolveGroup(content: string, resolve: ResolveState): ResolvedGroup {
  const whole = content.replace(/\s+/g, ' ').trim();
  const direct = resolve(whole);
  if (direct) return { names: [{ raw: whole, iso3: direct }], resolvedCount: 1 };
  const names: { raw: string; iso3: string | null }[] = [];
  for (const part of splitTopLevel(content)) {
    const iso3 = resolve(part);
    if (iso3) {
      names.push({ raw: part, iso3 });
      continue;
    }
    // "Chile and Peru": only when both halves are States, since "and" is inside many names.
    const halves = part.split(/\s+and\s+/);
    const codes = halves.map((h) => resolve(h));
    if (halves.length > 1 && codes.every((c) => c !== null)) halves.forEach((h, i) => names.push({ raw: h, iso3: codes[i] ?? null }));
    else names.push({ raw: part, iso3: null });
  }
  return { names, resolvedCount: names.filter((n) => n.iso3 !== null).length };
}

/**
 * True when what follows an attribution closes a recommendation: the end, ". " before the next
 * sentence, or ";" before the next recommendation (second-cycle reports run on in lower case:
 * "… (Egypt); continue with the efforts … (Peru);").
 */
function closesRecommendation(after: string): boolean {
  return /^\s*[;.,:]?\s*$/.test(after) || /^\s*\.\s+(?=\p{Lu}|\()/u.test(after) || /^\s*;\s*(?=\p{L}|\()/u.test(after);
}

interface Run {
  groups: Group[];
  /** Not at the end of a recommendation: counts only if every name in it is a State (see below). */
  inline: boolean;
}

/**
 * Runs of groups separated by nothing but white space and "; " (the Word drafts' "(Malta); (Togo);").
 * First-cycle reports put States inside the text, between alternatives: "Consider ratifying
 * (Turkey) / Ratify (Mexico) the Optional Protocol …"; in such a text every run is a candidate.
 */
function attributionRuns(text: string, groups: Group[]): Run[] {
  const alternatives = /\)\s*\/\s*\p{L}/u.test(text);
  const runs: Run[] = [];
  let run: Group[] = [];
  groups.forEach((group, i) => {
    run.push(group);
    const next = groups[i + 1];
    const between = next ? text.slice(group.end, next.start) : null;
    if (between !== null && /^[\s;,]*$/.test(between)) return;
    const after = text.slice(group.end, next ? next.start : text.length);
    if (closesRecommendation(next ? after.replace(/\s+$/, ' ') : after)) runs.push({ groups: run, inline: false });
    else if (alternatives) runs.push({ groups: run, inline: true });
    run = [];
  });
  return runs;
}

/**
 * Reads the recommending States of a recommendation's text. Groups are read from the end of each
 * attribution backwards and stop at the first one that is not a State, so "Convention, 1930
 * (No. 29) (United Kingdom of Great Britain and Northern Ireland)" yields only GBR.
 */
export function findRecommendingStates(text: string, resolve: ResolveState): StateAttribution {
  const { groups, unbalanced } = topLevelGroups(text);
  const out: StateAttribution = { iso3: [], raw: [], unresolved: [], attributions: 0, unbalanced };
  for (const { groups: run, inline } of attributionRuns(text, groups)) {
    if (inline && !run.every((g) => resolveGroup(g.content, resolve).names.every((n) => n.iso3 !== null))) continue;
    const found: { raw: string; iso3: string | null }[] = [];
    for (let i = run.length - 1; i >= 0; i--) {
      const group = run[i]!;
      const resolved = resolveGroup(group.content, resolve);
      const isLast = i === run.length - 1;
      const unknownNames = resolved.names.filter((n) => n.iso3 === null);
      if (resolved.resolvedCount === 0) {
        // The closing group must name States, and so must one between two that do ("(France) (Frnace) (Peru)");
        // any other unknown group is part of the text ("(No. 29)", "(ILO)", "(Istanbul Convention)").
        const between = !isLast && run.slice(0, i).some((g) => resolveGroup(g.content, resolve).resolvedCount > 0);
        if ((isLast || between) && unknownNames.every((n) => looksLikeStateName(n.raw))) {
          found.unshift(...resolved.names);
          continue;
        }
        break;
      }
      if (unknownNames.some((n) => !looksLikeStateName(n.raw))) break;
      found.unshift(...resolved.names);
    }
    if (found.length > 0) out.attributions++;
    for (const name of found) {
      out.raw.push(name.raw);
      if (name.iso3 === null) out.unresolved.push(name.raw);
      else if (!out.iso3.includes(name.iso3)) out.iso3.push(name.iso3);
    }
  }
  return out;
}
