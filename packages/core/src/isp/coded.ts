/**
 * User-facing text as a code with parameters, rendered by each client in the user's language
 * (the web app's `isp.why.*` messages); the English `explanation` / `message` stays beside it for
 * the CLI and API scripts. Parameters are codes (a sensitivity level, a sharing approach, a
 * recipient class, a data type, an aggregation level or range `adm1..adm2`), ids, numbers or
 * lists of those joined with ",": clients label them.
 */
export interface CodedMessage {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function coded(code: string, params: Readonly<Record<string, string | number>> = {}): CodedMessage {
  return { code, params };
}
