/**
 * A treatment is a JSON-describable recipe of protection steps, applied in a fixed, sensible order:
 *
 * 0. `missing` — missing-value codes of the file (`{"all": ["NA", "."], "columns": {"age": ["-99"]}}`):
 *    matching cells become missing (wildcards for the keys) before anything else;
 * 1. `removeIdentifiers` — drop direct identifiers;
 * 2. `recode` — global recoding (numeric breaks with labels, categorical groupings);
 * 3. `topBottom` — top and bottom coding;
 * 4. `generalisation` — full-domain generalisation over hierarchies: optimal (k, suppression
 *    limit, metric) or a fixed `transformation`;
 * 5. `microaggregation` — MDAV on numeric variables;
 * 6. `pram` — post-randomisation of categorical variables (seeded);
 * 7. `coordinates` — rounding, centroid snapping or displacement of GPS points (seeded);
 * 8. `localSuppression` — last, so that the released keys are k-anonymous whatever came before.
 *
 * Deterministic: all randomness comes from `seed`. Bad configuration (unknown column, k < 2, …)
 * is returned as an error value naming the field, e.g. `localSuppression.keys[1]`.
 *
 * Example:
 * ```json
 * {
 *   "missing": { "all": ["NA"], "columns": { "hh_size": ["-99"] } },
 *   "removeIdentifiers": ["name", "phone"],
 *   "recode": [{ "column": "age", "breaks": [0, 17, 59, 120], "labels": ["0-17", "18-59", "60+"] }],
 *   "topBottom": [{ "column": "hh_size", "kind": "top", "value": 10, "replacement": 10 }],
 *   "localSuppression": { "keys": ["age", "sex", "admin2"], "k": 3, "importance": [1, 2, 3], "mode": "strict-importance" },
 *   "pram": { "columns": ["disability"] },
 *   "coordinates": { "lat": "lat", "lon": "lon", "method": "round", "decimals": 2 }
 * }
 * ```
 */
import type { Dataset } from '../dataset';
import { applyMissingCodes, validateMissingCodes, type MissingCodes } from '../missing/index';
import { seededRandom } from '../../random';
import { generalise, optimalGeneralisation, type GeneralisationMetric } from './generalisation';
import { hierarchyFromRows, parseHierarchyCsv, type Hierarchy } from './hierarchy';
import { informationLoss, type InformationLoss } from './info-loss';
import { localSuppression, type LocalSuppressionMode } from './local-suppression';
import { treatCoordinates, type AreaOf, type CoordinateTreatment } from './location';
import { microaggregation } from './microaggregation';
import { pram } from './pram';
import {
  isNumericRecode,
  recodeCategorical,
  recodeNumeric,
  removeIdentifiers,
  topBottomCoding,
  type CategoricalRecode,
  type NumericRecode,
  type TopBottomCoding,
} from './recode';
import { fail, ok, type MethodError, type MethodResult } from './result';

export interface Treatment {
  /** Missing-value codes (besides empty cells), applied first. */
  readonly missing?: MissingCodes;
  readonly removeIdentifiers?: readonly string[];
  readonly recode?: readonly (NumericRecode | CategoricalRecode)[];
  readonly topBottom?: readonly TopBottomCoding[];
  readonly generalisation?: {
    readonly keys: readonly string[];
    /** Per key: ARX hierarchy CSV text (`;`-separated) or rows (column 0 original, j level j). */
    readonly hierarchies: Readonly<Record<string, string | readonly (readonly string[])[]>>;
    /** Fixed levels per key; when absent the optimal transformation is searched. */
    readonly transformation?: readonly number[];
    readonly k?: number;
    readonly suppressionLimit?: number;
    readonly metric?: GeneralisationMetric;
  };
  readonly microaggregation?: { readonly columns: readonly string[]; readonly k?: number };
  readonly pram?: {
    readonly columns: readonly string[];
    readonly pd?: number;
    readonly alpha?: number;
    readonly matrices?: Readonly<Record<string, readonly (readonly number[])[]>>;
  };
  readonly coordinates?: CoordinateTreatment;
  readonly localSuppression?: {
    readonly keys: readonly string[];
    readonly k: number;
    /** Ranks 1..K per key (K = suppressed first), or key → rank. */
    readonly importance?: readonly number[] | Readonly<Record<string, number>>;
    readonly strata?: readonly string[];
    /**
     * `strict-importance` (default when `importance` is given): a more important key is blanked only
     * when no combination of less important keys reaches k for that record. `minimum`: fewest
     * suppressions, importance breaks ties (default without `importance`).
     */
    readonly mode?: LocalSuppressionMode;
  };
}

export interface TreatmentStep {
  readonly step: string;
  /** One line describing what the step did. */
  readonly summary: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface TreatmentProgress {
  readonly step: string;
  readonly index: number;
  readonly total: number;
}

export interface TreatmentOptions {
  readonly seed: number;
  readonly onProgress?: (p: TreatmentProgress) => void;
  /** Point → admin p-code, for coordinate displacement/centroids. */
  readonly areaOf?: AreaOf;
}

export interface TreatmentResult {
  readonly dataset: Dataset;
  readonly steps: readonly TreatmentStep[];
  readonly loss: InformationLoss;
}

type Runner = (ds: Dataset) => MethodResult<{ dataset: Dataset; step: TreatmentStep }>;

export function applyTreatment(
  dataset: Dataset,
  treatment: Treatment,
  options: TreatmentOptions,
): MethodResult<TreatmentResult> {
  const random = seededRandom(options.seed);
  const runners: { name: string; run: Runner }[] = [];
  const t = treatment;
  const available = new Set(dataset.columns.map((c) => c.name));
  const checkCols = (field: string, cols: readonly string[] | undefined): MethodResult<true> => {
    for (let i = 0; i < (cols?.length ?? 0); i++) {
      if (!available.has(cols![i]!)) {
        return fail(
          `${field}[${i}]`,
          `unknown column "${cols![i]}"; available: ${[...available].join(', ')}`,
        );
      }
    }
    return ok(true);
  };
  const checkCol = (field: string, name: string): MethodResult<true> =>
    available.has(name)
      ? ok(true)
      : fail(field, `unknown column "${name}"; available: ${[...available].join(', ')}`);
  const checkK = (field: string, k: unknown, required: boolean): MethodResult<true> => {
    if (k === undefined && !required) return ok(true);
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 2)
      return fail(field, `k must be an integer >= 2 (got ${String(k)})`);
    return ok(true);
  };

  // Validate names up front (against the columns that exist when each step runs).
  const checks: MethodResult<true>[] = [];
  if (t.missing !== undefined) {
    const m = validateMissingCodes(t.missing, [...available]);
    checks.push(m.ok ? ok(true) : m);
  }
  if (t.removeIdentifiers) {
    checks.push(checkCols('removeIdentifiers', t.removeIdentifiers));
    for (const c of t.removeIdentifiers) available.delete(c);
  }
  t.recode?.forEach((r, i) => checks.push(checkCol(`recode[${i}].column`, r.column)));
  t.topBottom?.forEach((r, i) => checks.push(checkCol(`topBottom[${i}].column`, r.column)));
  if (t.generalisation) {
    checks.push(checkCols('generalisation.keys', t.generalisation.keys));
    checks.push(checkK('generalisation.k', t.generalisation.k, !t.generalisation.transformation));
  }
  if (t.microaggregation) {
    checks.push(checkCols('microaggregation.columns', t.microaggregation.columns));
    checks.push(checkK('microaggregation.k', t.microaggregation.k, false));
  }
  if (t.pram) checks.push(checkCols('pram.columns', t.pram.columns));
  if (t.coordinates) {
    checks.push(checkCol('coordinates.lat', t.coordinates.lat));
    checks.push(checkCol('coordinates.lon', t.coordinates.lon));
  }
  if (t.localSuppression) {
    checks.push(checkCols('localSuppression.keys', t.localSuppression.keys));
    checks.push(checkCols('localSuppression.strata', t.localSuppression.strata));
    checks.push(checkK('localSuppression.k', t.localSuppression.k, true));
  }
  for (const c of checks) if (!c.ok) return c;

  if (t.missing !== undefined) {
    const codes = t.missing;
    runners.push({
      name: 'missing',
      run: (ds) => {
        const r = applyMissingCodes(ds, codes);
        if (!r.ok) return r;
        const a = r.value.applied;
        const listed = [...a.all, ...Object.entries(a.columns).map(([c, l]) => `${c}: ${l.join(', ')}`)];
        return stepDone(
          r.value.dataset,
          'missing',
          `${a.total} cell(s) read as missing (codes ${listed.join('; ')})`,
          { cells: a.cells, total: a.total },
        );
      },
    });
  }
  if (t.removeIdentifiers && t.removeIdentifiers.length > 0) {
    const names = t.removeIdentifiers;
    runners.push({
      name: 'removeIdentifiers',
      run: (ds) => {
        const r = removeIdentifiers(ds, names);
        if (!r.ok) return r;
        return stepDone(
          r.value,
          'removeIdentifiers',
          `removed ${names.length} direct identifier column(s): ${names.join(', ')}`,
        );
      },
    });
  }
  t.recode?.forEach((spec, i) => {
    runners.push({
      name: `recode[${i}]`,
      run: (ds) => {
        const r = isNumericRecode(spec)
          ? recodeNumeric(ds, spec, `recode[${i}]`)
          : recodeCategorical(ds, spec, `recode[${i}]`);
        if (!r.ok) return r;
        const what = isNumericRecode(spec)
          ? 'recoded into intervals'
          : `grouped into ${Object.keys(spec.groups).length} group(s)`;
        return stepDone(r.value, 'recode', `${spec.column}: ${what}`);
      },
    });
  });
  t.topBottom?.forEach((spec, i) => {
    runners.push({
      name: `topBottom[${i}]`,
      run: (ds) => {
        const r = topBottomCoding(ds, spec, `topBottom[${i}]`);
        if (!r.ok) return r;
        return stepDone(
          r.value.dataset,
          'topBottom',
          `${spec.column}: ${r.value.changed} value(s) ${spec.kind}-coded at ${spec.value}`,
          { changed: r.value.changed },
        );
      },
    });
  });
  if (t.generalisation) {
    const g = t.generalisation;
    runners.push({
      name: 'generalisation',
      run: (ds) => {
        const hs: Record<string, Hierarchy> = {};
        for (const key of g.keys) {
          const src = g.hierarchies[key];
          if (src === undefined)
            return fail(`generalisation.hierarchies.${key}`, `no hierarchy for key "${key}"`);
          const h =
            typeof src === 'string'
              ? parseHierarchyCsv(src, `generalisation.hierarchies.${key}`)
              : hierarchyFromRows(src, `generalisation.hierarchies.${key}`);
          if (!h.ok) return h;
          hs[key] = h.value;
        }
        if (g.transformation) {
          const r = generalise(ds, g.keys, hs, g.transformation, g.k);
          if (!r.ok) return inSection('generalisation', r.error);
          return stepDone(
            r.value.dataset,
            'generalisation',
            `levels [${g.transformation.join(', ')}]; ${r.value.suppressedRecords} record(s) suppressed`,
            { transformation: g.transformation, suppressedRecords: r.value.suppressedRecords },
          );
        }
        const r = optimalGeneralisation(ds, {
          keys: g.keys,
          hierarchies: hs,
          k: g.k!,
          suppressionLimit: g.suppressionLimit ?? 0,
          metric: g.metric ?? 'entropy',
        });
        if (!r.ok) return inSection('generalisation', r.error);
        const v = r.value;
        return stepDone(
          v.dataset,
          'generalisation',
          `optimal levels [${v.transformation.join(', ')}] for k = ${g.k}; ${v.suppressedRecords} record(s) suppressed; ${v.nodesChecked} of ${v.latticeSize} transformations checked`,
          {
            transformation: v.transformation,
            loss: v.loss,
            suppressedRecords: v.suppressedRecords,
            nodesChecked: v.nodesChecked,
            latticeSize: v.latticeSize,
          },
        );
      },
    });
  }
  if (t.microaggregation) {
    const spec = t.microaggregation;
    runners.push({
      name: 'microaggregation',
      run: (ds) => {
        const r = microaggregation(ds, spec);
        if (!r.ok) return r;
        return stepDone(
          r.value.dataset,
          'microaggregation',
          `${spec.columns.join(', ')}: ${r.value.groups} group(s) of >= ${spec.k ?? 3}`,
          { groups: r.value.groups, skippedRecords: r.value.skippedRecords },
        );
      },
    });
  }
  if (t.pram) {
    const spec = t.pram;
    runners.push({
      name: 'pram',
      run: (ds) => {
        const r = pram(ds, spec, random);
        if (!r.ok) return r;
        return stepDone(
          r.value.dataset,
          'pram',
          Object.entries(r.value.changed)
            .map(([c, v]) => `${c}: ${v} value(s) changed`)
            .join('; '),
          { changed: r.value.changed },
        );
      },
    });
  }
  if (t.coordinates) {
    const spec = t.coordinates;
    runners.push({
      name: 'coordinates',
      run: (ds) => {
        const r = treatCoordinates(ds, spec, random, options.areaOf);
        if (!r.ok) return r;
        const v = r.value;
        return stepDone(
          v.dataset,
          'coordinates',
          `${spec.method}: ${v.treated} point(s) treated, ${v.fellBackToCentroid} snapped to centroid, ${v.suppressed} suppressed; largest move ${Math.round(v.maxMoveMetres)} m`,
          {
            treated: v.treated,
            fellBackToCentroid: v.fellBackToCentroid,
            suppressed: v.suppressed,
            maxMoveMetres: v.maxMoveMetres,
          },
        );
      },
    });
  }
  if (t.localSuppression) {
    const spec = t.localSuppression;
    runners.push({
      name: 'localSuppression',
      run: (ds) => {
        let importance: number[] | undefined;
        if (Array.isArray(spec.importance)) importance = [...(spec.importance as readonly number[])];
        else if (spec.importance) {
          const rec = spec.importance as Readonly<Record<string, number>>;
          importance = spec.keys.map((k) => rec[k] ?? Number.NaN);
        }
        const r = localSuppression(ds, {
          keys: spec.keys,
          k: spec.k,
          importance,
          strata: spec.strata,
          ...(spec.mode !== undefined ? { mode: spec.mode } : {}),
        });
        if (!r.ok) return inSection('localSuppression', r.error);
        const perKey = Object.entries(r.value.newSuppressionsPerKey).map(([key, n]) => `${key} ${n}`);
        return stepDone(
          r.value.dataset,
          'localSuppression',
          `${r.value.newSuppressions} value(s) suppressed to reach ${spec.k}-anonymity on ${spec.keys.join(', ')} ` +
            `(${r.value.mode} mode; per key: ${perKey.join(', ')})`,
          {
            newSuppressions: r.value.newSuppressions,
            perKey: r.value.newSuppressionsPerKey,
            mode: r.value.mode,
            importance: r.value.importance,
          },
        );
      },
    });
  }

  let current = dataset;
  let baseline = dataset;
  const steps: TreatmentStep[] = [];
  for (let i = 0; i < runners.length; i++) {
    const runner = runners[i]!;
    options.onProgress?.({ step: runner.name, index: i, total: runners.length });
    const r = runner.run(current);
    if (!r.ok) return r;
    current = r.value.dataset;
    // Cells read as missing are not protection: information loss is measured after them.
    if (runner.name === 'missing') baseline = current;
    steps.push(r.value.step);
  }
  options.onProgress?.({ step: 'done', index: runners.length, total: runners.length });
  const keys = t.localSuppression?.keys ?? t.generalisation?.keys;
  return ok({ dataset: current, steps, loss: informationLoss(baseline, current, keys) });
}

/** A runner's success: the treated dataset and the step it adds to the report. */
function stepDone(
  dataset: Dataset,
  step: string,
  summary: string,
  details?: Readonly<Record<string, unknown>>,
): ReturnType<Runner> {
  return ok({ dataset, step: details === undefined ? { step, summary } : { step, summary, details } });
}

/** A method's error with its field placed under the treatment section (`localSuppression.k`). */
function inSection<T>(section: string, error: MethodError): MethodResult<T> {
  const field = error.field.startsWith(`${section}.`) ? error.field : `${section}.${error.field}`;
  return { ok: false, error: { ...error, field } };
}
