/** English messages of the dashboards (spread into `src/i18n/en.ts`). */
export const dashboardsEn = {
  'nav.dashboards': 'Dashboards',
  'module.dashboards.description':
    '5W coverage, people reached against targeted, referrals and gaps, on maps and charts, with small numbers protected.',
  'dashboards.title': 'Dashboards',
  'dashboards.intro':
    'Figures from partners’ monthly reports, computed with your rights: your organisation’s own data in full, the cluster’s approved figures with small numbers suppressed.',
  'dashboards.filters': 'Filters',
  'dashboards.from': 'From (month)',
  'dashboards.to': 'To (month)',
  'dashboards.area': 'Province',
  'dashboards.allAreas': 'Whole country',
  'dashboards.total': 'Total',
  'dashboards.notDisaggregated': 'Not disaggregated',
  'dashboards.month': 'Month',
  'dashboards.group': 'Group',
  'dashboards.reached': 'People reached',
  'dashboards.targeted': 'People targeted',
  'dashboards.coverage.title': '5W coverage',
  'dashboards.coverage.help':
    'Who does what where: people reached by month and activity, and where partners reached them.',
  'dashboards.coverage.byMonth': 'People reached by month and activity',
  'dashboards.coverage.mapAdm1': 'People reached by province',
  'dashboards.coverage.mapAdm2': 'People reached by district',
  'dashboards.reachedTargeted.title': 'Reached against targeted',
  'dashboards.reachedTargeted.help': 'People reached and people targeted by sex and age group.',
  'dashboards.reachedTargeted.chart': 'People reached and targeted by sex and age',
  'dashboards.code.sex.f': 'Women and girls',
  'dashboards.code.sex.m': 'Men and boys',
  'dashboards.code.age.children': 'Children',
  'dashboards.code.age.adults': 'Adults',
} as const;
