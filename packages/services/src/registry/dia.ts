/**
 * The DIA trigger of a registry entry (domain notes §9.2): an entry with personal data or a
 * High/Severe ISP level needs a signed-off, in-date DIA linking it before it is active. New
 * entries that trigger it start as drafts; `activate` and edits of an active entry pass the gate.
 */
import { diaGate, type DiaGate, type DiaTrigger } from '@steward/core/assessments/index';
import type { SensitivityLevel } from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import type { AssessmentRow } from '@steward/db/repositories/assessments';
import type { RegistryEntryRow } from '@steward/db/repositories/registry';
import type { Isp, IspVerdict } from '@steward/core/isp/index';
import { evaluateEntryVerdict, type EntryFactsSource } from '../isp/decision-point';
import { checkDia, START_ASSESSMENT_PATH, type DiaCheck } from '../assessments/gate';
import type { Actor } from '../types';

type EntryFacts = EntryFactsSource & { containsPersonalData: boolean };

/**
 * The trigger of an entry: its personal-data flag and its ISP level for the cluster. `clusterVerdict`:
 * the entry's verdict for the cluster without an agreement (`evaluateEntryVerdict(isp, entry,
 * { recipient: 'cluster' })`) when the caller already has it (the registry list decides its own
 * entries for the cluster), so that it is not decided twice; the same call, so the same level.
 */
export function entryTrigger(
  isp: Isp | null,
  entry: EntryFacts,
  clusterVerdict?: Pick<IspVerdict, 'sensitivity'>,
): DiaTrigger {
  const verdict = clusterVerdict ?? evaluateEntryVerdict(isp, entry, { recipient: 'cluster' });
  return {
    kind: 'registry_entry',
    personalData: entry.containsPersonalData,
    level: verdict.sensitivity as SensitivityLevel,
  };
}

/** Where the web app starts a DIA that links this entry. */
export function startFor(entryId: string): string {
  return `${START_ASSESSMENT_PATH}?entry=${entryId}`;
}

/** The entry's own DIAs (its organisation's, linking it). */
export function entryAssessments(entry: RegistryEntryRow, all: readonly AssessmentRow[]): AssessmentRow[] {
  return all.filter((d) => d.organisationId === entry.organisationId && d.entryIds.includes(entry.id));
}

/** What the gate says for an entry now (for views and the list flag; nothing recorded). */
export function entryGate(
  isp: Isp | null,
  entry: RegistryEntryRow,
  all: readonly AssessmentRow[],
  today: string,
  clusterVerdict?: Pick<IspVerdict, 'sensitivity'>,
): DiaGate {
  return diaGate(entryTrigger(isp, entry, clusterVerdict), entryAssessments(entry, all), today);
}

/** The recorded gate before an entry becomes (or stays) active with these facts. */
export function checkEntryDia(
  tx: Tx,
  now: Date,
  actor: Actor,
  isp: Isp | null,
  entry: RegistryEntryRow,
  all: readonly AssessmentRow[],
): Promise<DiaCheck> {
  return checkDia(
    tx,
    now,
    actor,
    entry.organisationId,
    entryTrigger(isp, entry),
    [],
    { targetType: 'registry-entry', targetId: entry.id },
    { linked: entryAssessments(entry, all), start: startFor(entry.id) },
  );
}
