import type { SensitivityLevel } from '../vocabulary/sensitivity-levels';

/** One flow of a DIA's data-flow map: who sends what to whom, at which level. */
export interface DataFlow {
  readonly from: string;
  readonly to: string;
  readonly what: string;
  readonly level: SensitivityLevel;
  /** The agreement (or registry entry) the flow comes from. */
  readonly source: { readonly kind: 'agreement' | 'registry_entry'; readonly id: string };
}

export interface FlowMap {
  readonly nodes: readonly { readonly id: string; readonly label: string }[];
  readonly flows: readonly DataFlow[];
}

/**
 * Builds the flow map from linked registry entries (owner → collected/held, shown as a flow from
 * "affected people" to the owner) and agreements (owner → recipient). Nodes are the
 * organisations named, in first-seen order.
 */
export function buildFlowMap(input: {
  entries: readonly { id: string; title: string; ownerName: string; level: SensitivityLevel }[];
  agreements: readonly {
    id: string;
    entryTitle: string;
    fromName: string;
    toName: string;
    level: SensitivityLevel;
  }[];
  subjectsLabel: string;
}): FlowMap {
  const nodes: { id: string; label: string }[] = [];
  const node = (label: string): string => {
    const existing = nodes.find((n) => n.label === label);
    if (existing) return existing.id;
    const id = `n${nodes.length + 1}`;
    nodes.push({ id, label });
    return id;
  };
  const flows: DataFlow[] = [];
  for (const e of input.entries)
    flows.push({
      from: node(input.subjectsLabel),
      to: node(e.ownerName),
      what: e.title,
      level: e.level,
      source: { kind: 'registry_entry', id: e.id },
    });
  for (const a of input.agreements)
    flows.push({
      from: node(a.fromName),
      to: node(a.toName),
      what: a.entryTitle,
      level: a.level,
      source: { kind: 'agreement', id: a.id },
    });
  return { nodes, flows };
}
