import { referralsEn, type referralsEn as Source } from './en';

type Messages = {
  readonly [K in keyof typeof Source]: (typeof Source)[K] extends string
    ? string
    : { readonly [P in keyof (typeof Source)[K]]: string };
};

// TODO translate
export const referralsPt: Messages = { ...referralsEn };
