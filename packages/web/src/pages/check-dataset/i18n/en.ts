/**
 * English messages of the disclosure engine's newer controls on "Check a dataset" (missing-value
 * codes). Spread into `src/i18n/en.ts`; French and Arabic must have exactly these keys.
 */
export const checkEngineEn = {
  'check.missing.heading': 'Missing values',
  'check.missing.intro':
    'Empty cells are always missing. Tick the values that also mean “no value” in this file (R writes NA, Stata “.”, some surveys -99). A missing key value matches any value when groups are counted, as in sdcMicro.',
  'check.missing.proposal': '{code}: {cells} cells ({columns})',
  'check.missing.none': 'No value looks like a missing-value code.',
  'check.missing.other': 'Other codes, separated by commas',
  'check.missing.invalid':
    'Separate the codes with commas; an empty code is not needed, empty cells are always missing.',
  'check.report.missingIn': 'Missing values in {column} (they match any value)',
  'check.report.missingApplied': 'Cells read as missing (codes {codes})',
  'check.treat.mode': 'How to choose the values to blank',
  'check.treat.mode.strict':
    'Follow the importance strictly: blank a more important variable only when less important ones cannot protect the record',
  'check.treat.mode.minimum': 'Blank as few values as possible (importance only breaks ties)',
  'check.keys.proposed':
    '{count} key variables proposed: Steward proposes at most {cap}, and only those it is at least {confidence} sure of. Every extra key makes more records unique, so add a key only if someone could know it.',
  'check.keys.noneProposed':
    'No key variable proposed: Steward found none it is sure of. Choose the facts someone could know about a person.',
  'check.keys.notProposed': 'Possible keys left as “Other”: {columns}.',
  'check.keys.clear': 'Clear all keys',
  'check.keys.keepProposed': 'Keep only the proposed keys',
  'check.report.highRiskThreshold':
    'A record counts as high-risk when its risk is above {threshold}: the median risk plus three times its spread (MAD), and at least 10 %. The threshold is relative to the other records.',
  'check.report.highRiskNone':
    'None stands out here because most records share the same high risk — that does not make the file safe: the average risk is {risk}; see the unique records and the k-anonymity figures.',
} as const;
