/**
 * Joins boundary shapes that carry names but no p-codes (geoBoundaries) to the gazetteer's
 * p-codes by normalised name, and reports what does not join on either side. Pure.
 */

/** Lower case, accents removed, punctuation as spaces, a leading "Cidade de"/"Distrito de" dropped. */
export function normaliseAreaName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(cidade|distrito|provincia) (de|da|do) /, '');
}

export interface GazetteerArea {
  readonly pcode: string;
  readonly name: string;
  /** Parent p-code (to tell apart areas of the same name in different parents). */
  readonly parent?: string;
}

export interface NamedShape {
  readonly id: string;
  readonly name: string;
}

export interface AreaJoin {
  /** Shape id → p-code. */
  readonly pcodeOf: ReadonlyMap<string, string>;
  /** Shapes whose name matches no area, or several. */
  readonly unmatchedShapes: readonly {
    readonly id: string;
    readonly name: string;
    readonly candidates: readonly string[];
  }[];
  /** Areas no shape joined to (they cannot be drawn). */
  readonly areasWithoutShape: readonly GazetteerArea[];
}

export function joinShapesToGazetteer(
  shapes: readonly NamedShape[],
  areas: readonly GazetteerArea[],
): AreaJoin {
  const byName = new Map<string, GazetteerArea[]>();
  for (const a of areas) {
    const key = normaliseAreaName(a.name);
    byName.set(key, [...(byName.get(key) ?? []), a]);
  }
  const pcodeOf = new Map<string, string>();
  const unmatchedShapes: { id: string; name: string; candidates: string[] }[] = [];
  const used = new Set<string>();
  for (const s of shapes) {
    const found = byName.get(normaliseAreaName(s.name)) ?? [];
    if (found.length === 1 && !used.has(found[0]!.pcode)) {
      pcodeOf.set(s.id, found[0]!.pcode);
      used.add(found[0]!.pcode);
    } else unmatchedShapes.push({ id: s.id, name: s.name, candidates: found.map((a) => a.pcode) });
  }
  return { pcodeOf, unmatchedShapes, areasWithoutShape: areas.filter((a) => !used.has(a.pcode)) };
}
