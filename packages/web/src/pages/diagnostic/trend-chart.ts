/** Rounds compared (GET /api/diagnostic/compare) as the data of the comparison charts. */
import type { ChartData } from '../../components/chart';

export interface Trend {
  key: string;
  /** One per round, in the rounds' order; null when nothing applicable was answered. */
  scores: (number | null)[];
  change: number | null;
}
export interface Comparison {
  rounds: { id: string; title: string; openedOn: string }[];
  overall: Trend;
  byAction: Trend[];
  byPrinciple: Trend[];
}

/**
 * One category per action (or principle), one series per round, oldest first: the bars of a
 * category side by side show its trend. A score of null stays null (no bar, "no data" in the
 * table), never 0.
 */
export function trendChartData(
  comparison: Comparison,
  rows: readonly Trend[],
  categoryLabel: string,
  label: (key: string) => string,
): ChartData {
  return {
    categoryLabel,
    categories: rows.map((r) => ({ key: r.key, label: label(r.key) })),
    series: comparison.rounds.map((round, i) => ({
      key: round.id,
      label: `${round.title} (${round.openedOn})`,
      values: rows.map((r) => r.scores[i] ?? null),
    })),
  };
}
