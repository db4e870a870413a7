/**
 * The data incident record's rules (domain notes §8; OCHA Centre Guidance Note #2, Data Incident
 * Management, 2019): types, the status machine, severity, and the closing rule. Pure: no I/O,
 * no clock.
 */
import { SENSITIVITY_LEVELS, sensitivityRank, type SensitivityLevel } from '../vocabulary/sensitivity-levels';

/** Incident types of the CLI contract (issue 11); the cluster may add more (free codes). */
export const INCIDENT_TYPES = [
  'unauthorised-disclosure',
  'loss-or-theft',
  'unauthorised-access',
  'misuse',
  'near-miss',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** Lower-case words joined by hyphens: the form of a type code, built-in or added by the cluster. */
export const INCIDENT_TYPE_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isIncidentTypeCode(value: string, extra: readonly string[] = []): boolean {
  return (INCIDENT_TYPES as readonly string[]).includes(value) || extra.includes(value);
}

/** The five response steps as states, in order. */
export const INCIDENT_STATES = [
  'notified',
  'classified',
  'in_treatment',
  'closed',
  'learning_recorded',
] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export function isIncidentState(value: unknown): value is IncidentState {
  return typeof value === 'string' && (INCIDENT_STATES as readonly string[]).includes(value);
}

/** The state that follows `state`, or null at the end. Moves are one step forward only. */
export function nextState(state: IncidentState): IncidentState | null {
  const i = INCIDENT_STATES.indexOf(state);
  return INCIDENT_STATES[i + 1] ?? null;
}

/** Severity uses the four ISP level names. */
export type Severity = SensitivityLevel;
export const SEVERITIES = SENSITIVITY_LEVELS.ids;

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * The initial severity: the highest ISP level among the linked assets; `low` without assets
 * (the classifier raises it as needed).
 */
export function initialSeverity(assetLevels: readonly Severity[]): Severity {
  let best: Severity = 'low';
  for (const l of assetLevels) if (sensitivityRank(l) > sensitivityRank(best)) best = l;
  return best;
}

export type SeverityChange =
  | { ok: true; severity: Severity; lowered: boolean }
  | { ok: false; code: 'reason-required'; message: string };

/** Raising is free; lowering needs a written reason (kept with the change). */
export function changeSeverity(
  from: Severity,
  to: Severity,
  reason: string | null | undefined,
): SeverityChange {
  const lowered = sensitivityRank(to) < sensitivityRank(from);
  if (lowered && !(reason ?? '').trim()) {
    return {
      ok: false,
      code: 'reason-required',
      message: `Lowering the severity from ${from} to ${to} needs a written reason.`,
    };
  }
  return { ok: true, severity: to, lowered };
}

/** A linked agreement's notification duty, as the closing rule sees it. */
export interface NotificationDuty {
  agreementId: string;
  reference: string;
  done: boolean;
}

export type TransitionCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'invalid-transition' | 'notification-duty-open' | 'field-required';
      message: string;
      pending?: string[];
    };

/**
 * Whether an incident may move from `from` to `to`: one step forward; classifying needs a
 * severity (always set) and is the focal point's; closing needs a closure rationale and, for a
 * personal-data incident, every linked agreement's notification duty marked done; recording the
 * learning needs lessons.
 */
export function checkTransition(
  incident: {
    state: IncidentState;
    personalData: boolean;
    closureRationale?: string | null;
    lessons?: string | null;
  },
  to: IncidentState,
  duties: readonly NotificationDuty[],
): TransitionCheck {
  if (nextState(incident.state) !== to) {
    return {
      ok: false,
      code: 'invalid-transition',
      message: `An incident moves one step at a time: ${incident.state} → ${nextState(incident.state) ?? '(none)'}, not ${to}.`,
    };
  }
  if (to === 'closed') {
    if (!(incident.closureRationale ?? '').trim()) {
      return { ok: false, code: 'field-required', message: 'Closing needs a closure rationale.' };
    }
    if (incident.personalData) {
      const pending = duties.filter((d) => !d.done).map((d) => d.reference);
      if (pending.length > 0) {
        return {
          ok: false,
          code: 'notification-duty-open',
          message: `A personal-data incident cannot close until the notification duty of every linked agreement is marked done (open: ${pending.join(', ')}).`,
          pending,
        };
      }
    }
  }
  if (to === 'learning_recorded' && !(incident.lessons ?? '').trim()) {
    return { ok: false, code: 'field-required', message: 'Recording the learning needs the lessons.' };
  }
  return { ok: true };
}

/** Open incidents: not yet closed. */
export function isOpen(state: IncidentState): boolean {
  return state === 'notified' || state === 'classified' || state === 'in_treatment';
}
