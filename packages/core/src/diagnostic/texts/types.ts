import type { diagnosticMessagesEn } from './en';

/** Every language has exactly the English keys (a missing or extra key is a type error). */
export type DiagnosticMessages = { readonly [K in keyof typeof diagnosticMessagesEn]: string };

/** The workbook's fixed words in one language. */
export interface DiagnosticWorkbookTexts {
  readonly sheets: {
    readonly scores: string;
    readonly answers: string;
    readonly plan: string;
    readonly members: string;
    readonly metadata: string;
  };
  readonly scores: {
    readonly group: string;
    readonly key: string;
    readonly name: string;
    readonly score: string;
  };
  readonly groups: { readonly overall: string; readonly action: string; readonly principle: string };
  readonly answers: {
    readonly item: string;
    readonly action: string;
    readonly principles: string;
    readonly statement: string;
    readonly answer: string;
    readonly answerCode: string;
    readonly note: string;
    readonly evidence: string;
    readonly found: string;
  };
  readonly plan: {
    readonly item: string;
    readonly title: string;
    readonly owner: string;
    readonly dueOn: string;
    readonly status: string;
    readonly statusCode: string;
    readonly overdue: string;
  };
  readonly members: { readonly all: string; readonly allSuppressed: string };
  readonly metadata: {
    readonly key: string;
    readonly value: string;
    readonly round: string;
    readonly roundId: string;
    readonly openedOn: string;
    readonly status: string;
    readonly questionSetVersion: string;
    readonly party: string;
    readonly organisation: string;
    readonly items: string;
    readonly answered: string;
    readonly membersResponded: string;
    readonly membersSuppressed: string;
    readonly membersNamed: string;
    readonly exportedAt: string;
    readonly language: string;
  };
  readonly parties: { readonly member: string; readonly cluster: string };
  readonly roundStatus: { readonly open: string; readonly closed: string };
  readonly yesNo: { readonly yes: string; readonly no: string };
}
