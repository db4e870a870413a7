import { defineList, indexOf, parseTerm, type ParseResult } from './controlled-list';
import type { SharingApproach } from './sharing-approaches';

/**
 * Recipient classes of a share (the CLI's `--to`), from the most public to the most
 * restricted: public ⊂ cluster ⊂ organisation ⊂ bilateral. Each needs a sharing approach:
 * a recipient may receive data whose rule's approach is at least as open as the one it needs.
 */
export const RECIPIENT_CLASSES = defineList('recipient class', 'recipient classes', [
  { id: 'public', label: 'The public', description: 'Anyone: open publication.' },
  { id: 'cluster', label: 'All cluster members', description: 'Every member of the coordination structure.' },
  {
    id: 'organisation',
    label: 'A named organisation, on request',
    description: 'A named organisation with an approved request and a stated purpose.',
    aliases: ['organization', 'named-organisation'],
  },
  {
    id: 'bilateral',
    label: 'A party to a data-sharing agreement',
    description: 'A named party under a signed, active bilateral data-sharing agreement.',
    aliases: ['agreement', 'dsa'],
  },
]);

export type RecipientClass = (typeof RECIPIENT_CLASSES.ids)[number];

export function parseRecipientClass(raw: string): ParseResult<RecipientClass> {
  return parseTerm(RECIPIENT_CLASSES, raw);
}

/** The sharing approach each recipient class needs (issue 4: the CLI contract). */
export const APPROACH_NEEDED_BY: Readonly<Record<RecipientClass, SharingApproach>> = {
  public: 'public',
  cluster: 'coordination',
  organisation: 'on-request',
  bilateral: 'agreement',
};

/** 0 (public, most open) … 3 (bilateral). */
export function recipientRank(recipient: RecipientClass): number {
  return indexOf(RECIPIENT_CLASSES, recipient);
}
