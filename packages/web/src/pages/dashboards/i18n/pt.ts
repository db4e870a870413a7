import type { dashboardsEn } from './en';

type Messages = { readonly [K in keyof typeof dashboardsEn]: string };

/** Mensagens em português dos painéis. */
export const dashboardsPt: Messages = {
  'nav.dashboards': 'Painéis',
  'module.dashboards.description':
    'Cobertura 5W, pessoas alcançadas face às metas, encaminhamentos e lacunas, em mapas e gráficos, com os números pequenos protegidos.',
  'dashboards.title': 'Painéis',
  'dashboards.intro':
    'Valores dos relatórios mensais dos parceiros, calculados com as suas permissões: os dados da sua organização na íntegra, os valores aprovados do cluster com os números pequenos suprimidos.',
  'dashboards.filters': 'Filtros',
  'dashboards.from': 'De (mês)',
  'dashboards.to': 'Até (mês)',
  'dashboards.area': 'Província',
  'dashboards.allAreas': 'Todo o país',
  'dashboards.total': 'Total geral',
  'dashboards.notDisaggregated': 'Não desagregado',
  'dashboards.month': 'Mês',
  'dashboards.group': 'Grupo',
  'dashboards.reached': 'Pessoas alcançadas',
  'dashboards.targeted': 'Pessoas visadas',
  'dashboards.coverage.title': 'Cobertura 5W',
  'dashboards.coverage.help':
    'Quem faz o quê e onde: pessoas alcançadas por mês e atividade, e onde os parceiros as alcançaram.',
  'dashboards.coverage.byMonth': 'Pessoas alcançadas por mês e atividade',
  'dashboards.coverage.mapAdm1': 'Pessoas alcançadas por província',
  'dashboards.coverage.mapAdm2': 'Pessoas alcançadas por distrito',
  'dashboards.reachedTargeted.title': 'Alcançadas face às metas',
  'dashboards.reachedTargeted.help': 'Pessoas alcançadas e pessoas visadas por sexo e grupo etário.',
  'dashboards.reachedTargeted.chart': 'Pessoas alcançadas e visadas por sexo e idade',
  'dashboards.code.sex.f': 'Mulheres e raparigas',
  'dashboards.code.sex.m': 'Homens e rapazes',
  'dashboards.code.age.children': 'Crianças',
  'dashboards.code.age.adults': 'Adultos',
  'dashboards.partner': 'Parceiro',
  'dashboards.allPartners': 'Todos os parceiros',
  'dashboards.activity': 'Atividade',
  'dashboards.allActivities': 'Todas as atividades',
  'dashboards.populationGroup': 'Grupo populacional',
  'dashboards.allGroups': 'Todas as pessoas',
  'dashboards.code.population-group.idp': 'Deslocados internos',
  'dashboards.code.population-group.returnee': 'Retornados',
  'dashboards.code.population-group.host': 'Comunidade de acolhimento',
  'dashboards.referrals.title': 'Número de encaminhamentos',
  'dashboards.referrals.help':
    'Encaminhamentos entre parceiros até à data, por mês e serviço e por província, contados sem qualquer conteúdo; os números pequenos são suprimidos. Os filtros de período e de parceiro acima não se aplicam aqui.',
  'dashboards.referrals.byMonth': 'Encaminhamentos por mês e serviço',
  'dashboards.referrals.map': 'Encaminhamentos por província',
  'dashboards.referrals.count': 'Encaminhamentos',
  'dashboards.referrals.empty': 'Ainda não há encaminhamentos.',
  'dashboards.gaps.title': 'Lacunas',
  'dashboards.gaps.help':
    'Distritos onde os parceiros definiram metas para o período sem alcançar ninguém (os relatórios dão metas, não necessidades: as metas representam-nas). Um número alcançado pequeno é suprimido, não é uma lacuna.',
  'dashboards.gaps.map': 'Distritos com meta e ninguém alcançado',
  'dashboards.gaps.none': 'Sem lacunas: cada distrito com meta alcançou pessoas no período.',
  'dashboards.directoryGaps.title': 'Lacunas do diretório de serviços',
  'dashboards.directoryGaps.help':
    'Distritos onde nenhum serviço ativo do tipo escolhido consta do diretório (um serviço conta onde a sua cobertura ou um dos seus locais indica o distrito ou a sua província). Apenas números de serviços: nenhuma organização nem ponto de localização.',
  'dashboards.directoryGaps.serviceType': 'Tipo de serviço',
  'dashboards.directoryGaps.count': 'Distritos sem serviço «{type}»: {gaps} de {districts}.',
  'dashboards.directoryGaps.map': 'Serviços «{type}» ativos por distrito',
  'dashboards.directoryGaps.services': 'Serviços',
  'dashboards.directoryGaps.list': 'Distritos sem este serviço ({count})',
};
