/** The three texts of one diagnostic item: the statement, why it matters, the evidence expected. */
export interface ItemTexts {
  readonly text: string;
  readonly guidance: string;
  readonly evidence: string;
}

/**
 * One language's translation of Steward's default items, keyed by item id. The test beside it
 * checks that every default item has all three texts in every language and that no id is unknown.
 */
export type DefaultItemTranslations = Readonly<Record<string, ItemTexts>>;
