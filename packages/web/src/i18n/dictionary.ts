import type { en } from './en';
import type { ParamsOf, ParamValue, PluralMessage } from './format';

/** English is the source: every locale must have exactly its keys. */
export type SourceDictionary = typeof en;
export type MessageKey = keyof SourceDictionary;

/**
 * What a locale must provide: a string for every plain English message and a plural message
 * for every plural one. A missing or unknown key is a TypeScript error in `fr.ts` / `ar.ts`.
 */
export type Dictionary = {
  readonly [K in MessageKey]: SourceDictionary[K] extends string ? string : PluralMessage;
};

/** The parameters a key takes, read from the English text: `t('home.welcome', { name })`. */
export type MessageParams<K extends MessageKey> = [ParamsOf<SourceDictionary[K]>] extends [never]
  ? []
  : [params: { readonly [P in ParamsOf<SourceDictionary[K]>]: ParamValue }];

/** Keys whose message takes no parameters (safe to pass around as data, e.g. in a registry). */
export type PlainKey = {
  [K in MessageKey]: [ParamsOf<SourceDictionary[K]>] extends [never] ? K : never;
}[MessageKey];
