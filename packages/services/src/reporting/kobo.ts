/**
 * The mapping step of a KoboToolbox/ODK import (issue 10): what the web page and
 * `steward report kobo-mapping` show before the first import of a form's export.
 */
import {
  KOBO_CHOICE_TAGS,
  proposeKoboMapping,
  templateColumns,
  type Framework,
  type KoboMapping,
} from '@steward/core/reporting/index';

/** A column with at most this many distinct answers lists them (select_one fields). */
export const KOBO_ANSWERS_LISTED = 40;
const ANSWER_CHARS = 120;

export interface KoboColumn {
  /** The header as exported (field name or group path). */
  name: string;
  /** Kobo's own column or a metadata question: not offered for mapping. */
  meta: boolean;
  /** Distinct answers when there are few (select_one); null for free text or numbers. */
  answers: string[] | null;
}

export interface KoboInspection {
  /** Submissions in the export (data rows). */
  rows: number;
  columns: KoboColumn[];
  /** The template's columns a field can be mapped to (hashtag and header). */
  targets: { hashtag: string; header: string }[];
  /** Hashtags whose answers can be translated to the framework's values. */
  choiceTargets: string[];
  /** The remembered mapping where the export still has its fields, else common names. */
  proposal: KoboMapping;
  /** Whether the organisation has a remembered mapping for this framework. */
  remembered: boolean;
}

export function inspectKoboRows(
  rows: readonly (readonly string[])[],
  framework: Framework,
  remembered: KoboMapping | null,
): KoboInspection {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const data = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
  const answers = (c: number): string[] | null => {
    const seen = new Set<string>();
    for (const r of data) {
      const v = (r[c] ?? '').trim();
      if (v === '') continue;
      seen.add(v.slice(0, ANSWER_CHARS));
      if (seen.size > KOBO_ANSWERS_LISTED) return null;
    }
    // Only numbers: counts, not choices.
    if ([...seen].every((v) => /^\d+(\.\d+)?$/.test(v))) return null;
    return [...seen].sort();
  };
  const listed = header.map((_, c) => answers(c));
  const proposal = proposeKoboMapping(header, framework, {
    remembered,
    answers: (c) => listed[c] ?? [],
  });
  const meta = new Set(proposal.metaFields);
  return {
    rows: data.length,
    columns: header.map((name, c) => ({
      name,
      meta: meta.has(name),
      answers: meta.has(name) ? null : (listed[c] ?? null),
    })),
    targets: templateColumns(framework).map((t) => ({ hashtag: t.hashtag, header: t.header })),
    choiceTargets: [...KOBO_CHOICE_TAGS],
    proposal: proposal.mapping,
    remembered: remembered !== null,
  };
}
