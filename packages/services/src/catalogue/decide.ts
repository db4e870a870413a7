/**
 * What the ISP allows the viewer's organisation to do with one catalogue entry, with core decide()
 * (through the decision point's evaluateEntry, every data type of the entry combined):
 * 1. its own entry: listed, no request (the decision shown is the cluster one, as in the registry);
 * 2. a named organisation on request (recipient `organisation`): allowed → `on-request`;
 * 3. otherwise under an agreement (recipient `bilateral`, the agreement an approved request makes,
 *    as the approval decides it): allowed → `agreement`;
 * 4. otherwise (not shared, unclassified, no ISP endorsed) → not listed: the catalogue does not
 *    advertise data the viewer's organisation could never be given.
 */
import type { Isp, IspDecision } from '@steward/core/isp/index';
import { evaluateEntry, type EntryFactsSource } from '../isp/decision-point';
import type { CatalogueAccess } from './types';

export type CatalogueDecision =
  | { readonly listed: true; readonly access: CatalogueAccess; readonly decision: IspDecision }
  | { readonly listed: false; readonly decision: IspDecision };

export function catalogueDecision(isp: Isp | null, entry: EntryFactsSource, own: boolean): CatalogueDecision {
  if (own)
    return { listed: true, access: 'own', decision: evaluateEntry(isp, entry, { recipient: 'cluster' }) };
  const onRequest = evaluateEntry(isp, entry, { recipient: 'organisation' });
  if (onRequest.decision !== 'deny') return { listed: true, access: 'on-request', decision: onRequest };
  const agreement = evaluateEntry(isp, entry, { recipient: 'bilateral', activeAgreement: true });
  if (agreement.decision !== 'deny') return { listed: true, access: 'agreement', decision: agreement };
  return { listed: false, decision: agreement };
}
