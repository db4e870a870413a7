/**
 * Export of a round and its action plan (issue 11 §1): the same content the diagnostic page shows
 * to the actor, as an XLSX workbook or as the data of the printable report page. The permission is
 * the one for reading the round (requireParty, read); the cluster's view of members follows the
 * members rule (aggregate of at least MIN_MEMBERS_FOR_AGGREGATE members, named only with consent).
 * Every export is audited (diagnostic.round.exported, with the format and the workbook's language).
 */
import {
  ACTIONS,
  DIAGNOSTIC_WORKBOOK_TEXTS,
  diagnosticText,
  PRINCIPLES,
  type Answer,
  type DiagnosticItem,
  type Gap,
  type Prefill,
  itemTexts,
} from '@steward/core/diagnostic/index';
import { categoricalFromStrings, datasetFromColumns, numericFromValues } from '@steward/core/sdc/dataset';
import { writeXlsx } from '@steward/core/sdc/io/index';
import { languageDirection, type Language } from '@steward/core/i18n/languages';
import { appendAuditAs } from '../audit';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { listPlan, type ActionView } from './actions';
import { getResponse } from './responses';
import { requireParty, type Party } from './roles';
import type { RoundSummary } from './rounds';
import { flat, membersView, type MembersView, type ScoreResult } from './scores';

export type RoundExportFormat = 'xlsx' | 'report';

export interface RoundReport {
  round: RoundSummary;
  party: Party;
  /** The organisation that answered (the actor's active one; the cluster lead for party=cluster). */
  organisation: { id: string; acronym: string };
  exportedAt: string;
  items: DiagnosticItem[];
  answers: Answer[];
  prefill: Prefill[];
  score: ScoreResult;
  gaps: Gap[];
  /** The party's action-plan items for this round. */
  plan: ActionView[];
  /** party=cluster only: members' scores as the cluster may see them. */
  members: MembersView | null;
}

/** Collects the round as the actor may read it, and audits the export. */
export async function roundReport(
  ctx: Context,
  actor: Actor,
  roundId: string,
  party: Party,
  format: RoundExportFormat,
  language?: Language,
): Promise<RoundReport> {
  const org = requireParty(actor, party, false);
  const view = await getResponse(ctx, actor, roundId, party);
  const score = flat(roundId, party, view.score);
  const plan = (await listPlan(ctx, actor, roundId)).filter((a) =>
    party === 'cluster' ? a.party === 'cluster' : a.party === 'member' && a.organisationId === org,
  );
  const members = party === 'cluster' ? await membersView(ctx, actor, roundId) : null;
  const now = ctx.clock();
  await ctx.db.withActor(dbActor(actor), (tx) =>
    appendAuditAs(tx, now, actor, {
      action: 'diagnostic.round.exported',
      targetType: 'diagnostic-round',
      targetId: roundId,
      organisationId: org,
      details: {
        party,
        format,
        ...(language ? { language } : {}),
        planItems: plan.length,
        ...(members ? { membersNamed: members.named.length, suppressed: members.suppressed } : {}),
      },
    }),
  );
  return {
    round: view.round,
    party,
    organisation: {
      id: org,
      acronym: actor.memberships.find((m) => m.organisationId === org)?.acronym ?? '',
    },
    exportedAt: now.toISOString(),
    items: view.items,
    answers: view.answers,
    prefill: view.prefill,
    score,
    gaps: view.gaps,
    plan,
    members,
  };
}

type Cell = string | number | null;
type Scores = {
  overall: number | null;
  byAction: Record<string, number | null>;
  byPrinciple: Record<string, number | null>;
};

/** The score rows (overall, each action, each principle) named in `lang`. */
function scoreRows(
  lang: Language,
  s: Scores,
): { group: string; key: string; name: string; score: number | null }[] {
  const w = DIAGNOSTIC_WORKBOOK_TEXTS[lang];
  const say = (code: string) => diagnosticText(lang, code);
  return [
    { group: w.groups.overall, key: 'overall', name: say('diagnostic.overall'), score: s.overall },
    ...ACTIONS.map((a) => ({
      group: w.groups.action,
      key: a,
      name: say(`diagnostic.action.${a}`),
      score: s.byAction[a] ?? null,
    })),
    ...PRINCIPLES.map((p) => ({
      group: w.groups.principle,
      key: p,
      name: say(`diagnostic.principle.${p}`),
      score: s.byPrinciple[p] ?? null,
    })),
  ];
}

/** What Steward found, as a sentence in `lang` (the table the web app renders too). */
export function evidenceText(p: Prefill | undefined, lang: Language = 'en'): string {
  return p === undefined ? '' : diagnosticText(lang, p.evidence.code, p.evidence.params);
}

/**
 * The workbook in the requester's language (sheet names, headings, action, principle and status
 * names, the evidence sentences; Arabic sheets right to left): sheet "scores" (overall, per
 * action, per principle; 0–100, empty when nothing applicable was answered; the `key` column keeps
 * the codes), "answers" (each item with its answer and what Steward found; the answer code too),
 * "action plan" (status and status code), for the cluster "members" (aggregate and consenting
 * members by name), and "metadata". The statements are the question set's own text.
 */
export function roundWorkbook(
  r: RoundReport,
  lang: Language = 'en',
): { name: string; contentType: string; bytes: Uint8Array } {
  const w = DIAGNOSTIC_WORKBOOK_TEXTS[lang];
  const say = (code: string) => diagnosticText(lang, code);
  const rows = scoreRows(lang, r.score);
  const scores = datasetFromColumns([
    categoricalFromStrings(
      w.scores.group,
      rows.map((x) => x.group),
    ),
    categoricalFromStrings(
      w.scores.key,
      rows.map((x) => x.key),
    ),
    categoricalFromStrings(
      w.scores.name,
      rows.map((x) => x.name),
    ),
    numericFromValues(
      w.scores.score,
      rows.map((x) => x.score),
    ),
  ]);
  const answers = new Map(r.answers.map((a) => [a.itemId, a]));
  const found = new Map(r.prefill.map((p) => [p.itemId, p]));
  const h = w.answers;
  const answerRows: Cell[][] = [
    [h.item, h.action, h.principles, h.statement, h.answer, h.answerCode, h.note, h.evidence, h.found],
    ...r.items.map((i): Cell[] => {
      const a = answers.get(i.id);
      const status = a?.status ?? 'unanswered';
      return [
        i.id,
        say(`diagnostic.action.${i.action}`),
        i.principles.map((p) => say(`diagnostic.principle.${p}`)).join('; '),
        itemTexts(i, lang).text,
        say(`diagnostic.status.${status}`),
        status,
        a?.note ?? null,
        a?.evidence ?? null,
        evidenceText(found.get(i.id), lang) || null,
      ];
    }),
  ];
  const p = w.plan;
  const planRows: Cell[][] = [
    [p.item, p.title, p.owner, p.dueOn, p.status, p.statusCode, p.overdue],
    ...r.plan.map((a): Cell[] => [
      a.itemId,
      a.title,
      a.owner,
      a.dueOn,
      say(`diagnostic.plan.status.${a.status}`),
      a.status,
      a.overdue ? w.yesNo.yes : w.yesNo.no,
    ]),
  ];
  const sheets: { name: string; rows: Cell[][] }[] = [
    { name: w.sheets.answers, rows: answerRows },
    { name: w.sheets.plan, rows: planRows },
  ];
  if (r.members) {
    const m = r.members;
    const named = m.named.map((n) => ({ acronym: n.acronym, rows: scoreRows(lang, n.score) }));
    const agg = scoreRows(lang, m.aggregate ?? emptyScores());
    sheets.push({
      name: w.sheets.members,
      rows: [
        [
          w.scores.group,
          w.scores.key,
          w.scores.name,
          m.suppressed ? w.members.allSuppressed : w.members.all,
          ...named.map((n) => n.acronym),
        ],
        ...agg.map((row, j): Cell[] => [
          row.group,
          row.key,
          row.name,
          m.suppressed ? null : row.score,
          ...named.map((n) => n.rows[j]?.score ?? null),
        ]),
      ],
    });
  }
  const k = w.metadata;
  const yesNo = (b: boolean) => (b ? w.yesNo.yes : w.yesNo.no);
  const metadata: [string, string][] = [
    [k.round, r.round.title],
    [k.roundId, r.round.id],
    [k.openedOn, r.round.openedOn],
    [k.status, w.roundStatus[r.round.status]],
    [k.questionSetVersion, String(r.round.questionSetVersion)],
    [k.party, w.parties[r.party]],
    [k.organisation, r.organisation.acronym],
    [k.items, String(r.score.items)],
    [k.answered, String(r.score.answered)],
    ...(r.members
      ? ([
          [k.membersResponded, String(r.members.responded)],
          [k.membersSuppressed, yesNo(r.members.suppressed)],
          [k.membersNamed, String(r.members.named.length)],
        ] as [string, string][])
      : []),
    [k.exportedAt, r.exportedAt],
    [k.language, lang],
  ];
  sheets.push({ name: w.sheets.metadata, rows: [[k.key, k.value], ...metadata] });
  const bytes = writeXlsx(scores, {
    sheetName: w.sheets.scores,
    sheets,
    rightToLeft: languageDirection(lang) === 'rtl',
  });
  const slug = r.round.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return {
    name: `diagnostic-${slug || 'round'}-${r.party}-${r.exportedAt.slice(0, 10)}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
  };
}

function emptyScores(): Scores {
  return {
    overall: null,
    byAction: Object.fromEntries(ACTIONS.map((a) => [a, null])) as Record<string, number | null>,
    byPrinciple: Object.fromEntries(PRINCIPLES.map((p) => [p, null])) as Record<string, number | null>,
  };
}
