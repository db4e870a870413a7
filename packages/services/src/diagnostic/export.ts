/**
 * Export of a round and its action plan (issue 11 §1): the same content the diagnostic page shows
 * to the actor, as an XLSX workbook or as the data of the printable report page. The permission is
 * the one for reading the round (requireParty, read); the cluster's view of members follows the
 * members rule (aggregate of at least MIN_MEMBERS_FOR_AGGREGATE members, named only with consent).
 * Every export is audited (diagnostic.round.exported, with the format).
 */
import {
  ACTION_NAMES,
  ACTIONS,
  PRINCIPLE_NAMES,
  PRINCIPLES,
  type Answer,
  type DiagnosticItem,
  type Gap,
  type Prefill,
} from '@steward/core/diagnostic/index';
import { categoricalFromStrings, datasetFromColumns, numericFromValues } from '@steward/core/sdc/dataset';
import { writeXlsx } from '@steward/core/sdc/io/index';
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

const STATUS_NAMES: Readonly<Record<string, string>> = {
  not_in_place: 'Not in place',
  partial: 'Partly in place',
  in_place: 'In place',
  not_applicable: 'Not applicable',
  unanswered: 'Not answered',
};

type Cell = string | number | null;

function scoreRows(s: {
  overall: number | null;
  byAction: Record<string, number | null>;
  byPrinciple: Record<string, number | null>;
}): { group: string; key: string; name: string; score: number | null }[] {
  return [
    { group: 'overall', key: 'overall', name: 'Overall', score: s.overall },
    ...ACTIONS.map((a) => ({ group: 'action', key: a, name: ACTION_NAMES[a], score: s.byAction[a] ?? null })),
    ...PRINCIPLES.map((p) => ({
      group: 'principle',
      key: p,
      name: PRINCIPLE_NAMES[p],
      score: s.byPrinciple[p] ?? null,
    })),
  ];
}

/**
 * What Steward found, in English for the workbook (the web app's diagnostic.evidence.* texts,
 * which render the same codes and parameters in every language); an unknown code as code (params).
 */
const EVIDENCE_EN: Readonly<Record<string, string>> = {
  'diagnostic.evidence.no_isp': 'No ISP is in force.',
  'diagnostic.evidence.isp_endorsed': 'ISP version {version} is in force, endorsed by the members.',
  'diagnostic.evidence.isp_not_endorsed': 'ISP version {version} is not endorsed by every member yet.',
  'diagnostic.evidence.isp_no_review_date': 'The ISP has no review date.',
  'diagnostic.evidence.isp_review_due': 'The ISP is due for review on {date}.',
  'diagnostic.evidence.isp_review_overdue': 'The ISP review was due on {date}.',
  'diagnostic.evidence.registry_entries': 'Registry entries: {entries}.',
  'diagnostic.evidence.registry_members':
    '{withEntries} of {members} members describe data in the cluster catalogue ({entries} entries).',
  'diagnostic.evidence.registry_overdue':
    '{overdue} of {entries} registry entries are past their review date.',
  'diagnostic.evidence.agreements_expiring': '{expiring} of {active} agreements in force end within 30 days.',
  'diagnostic.evidence.incidents_open': '{open} incidents open, {old} of them for more than 30 days.',
  'diagnostic.evidence.dia_missing':
    '{missing} of {required} entries with personal data have no impact assessment.',
  'diagnostic.evidence.retention_overdue': '{overdue} retention tasks are overdue.',
};

export function evidenceText(p: Prefill | undefined): string {
  if (p === undefined) return '';
  const { code, params } = p.evidence;
  const template = EVIDENCE_EN[code];
  if (template === undefined) {
    const list = Object.entries(params).map(([k, v]) => `${k}: ${v}`);
    return list.length > 0 ? `${code} (${list.join(', ')})` : code;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/**
 * The workbook: sheet "scores" (overall, per action, per principle; 0–100, empty when nothing
 * applicable was answered), "answers" (each item with its answer and what Steward found), "action
 * plan", for the cluster "members" (aggregate and consenting members by name), and "metadata".
 */
export function roundWorkbook(r: RoundReport): { name: string; contentType: string; bytes: Uint8Array } {
  const rows = scoreRows(r.score);
  const scores = datasetFromColumns([
    categoricalFromStrings(
      'group',
      rows.map((x) => x.group),
    ),
    categoricalFromStrings(
      'key',
      rows.map((x) => x.key),
    ),
    categoricalFromStrings(
      'name',
      rows.map((x) => x.name),
    ),
    numericFromValues(
      'score',
      rows.map((x) => x.score),
    ),
  ]);
  const answers = new Map(r.answers.map((a) => [a.itemId, a]));
  const found = new Map(r.prefill.map((p) => [p.itemId, p]));
  const answerRows: Cell[][] = [
    [
      'item',
      'action',
      'principles',
      'statement',
      'answer',
      'answer code',
      'note',
      'evidence',
      'found by Steward',
    ],
    ...r.items.map((i): Cell[] => {
      const a = answers.get(i.id);
      const status = a?.status ?? 'unanswered';
      return [
        i.id,
        ACTION_NAMES[i.action],
        i.principles.map((p) => PRINCIPLE_NAMES[p]).join('; '),
        i.text,
        STATUS_NAMES[status] ?? status,
        status,
        a?.note ?? null,
        a?.evidence ?? null,
        evidenceText(found.get(i.id)) || null,
      ];
    }),
  ];
  const planRows: Cell[][] = [
    ['item', 'title', 'owner', 'due on', 'status', 'overdue'],
    ...r.plan.map((a): Cell[] => [a.itemId, a.title, a.owner, a.dueOn, a.status, a.overdue ? 'yes' : 'no']),
  ];
  const sheets: { name: string; rows: Cell[][] }[] = [
    { name: 'answers', rows: answerRows },
    { name: 'action plan', rows: planRows },
  ];
  if (r.members) {
    const m = r.members;
    const named = m.named.map((n) => ({ acronym: n.acronym, rows: scoreRows(n.score) }));
    const agg = m.aggregate ? scoreRows(m.aggregate) : scoreRows(emptyScores());
    sheets.push({
      name: 'members',
      rows: [
        [
          'group',
          'key',
          'name',
          m.suppressed ? 'all members (suppressed)' : 'all members',
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
  const bytes = writeXlsx(scores, {
    sheetName: 'scores',
    sheets,
    metadata: [
      ['round', r.round.title],
      ['round id', r.round.id],
      ['opened on', r.round.openedOn],
      ['status', r.round.status],
      ['question set version', String(r.round.questionSetVersion)],
      ['party', r.party],
      ['organisation', r.organisation.acronym],
      ['items', String(r.score.items)],
      ['answered', String(r.score.answered)],
      ...(r.members
        ? ([
            ['members responded', String(r.members.responded)],
            ['members aggregate suppressed', r.members.suppressed ? 'yes' : 'no'],
            ['members named (with consent)', String(r.members.named.length)],
          ] as [string, string][])
        : []),
      ['exported at', r.exportedAt],
    ],
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

function emptyScores() {
  return {
    overall: null,
    byAction: Object.fromEntries(ACTIONS.map((a) => [a, null])) as Record<string, number | null>,
    byPrinciple: Object.fromEntries(PRINCIPLES.map((p) => [p, null])) as Record<string, number | null>,
  };
}
