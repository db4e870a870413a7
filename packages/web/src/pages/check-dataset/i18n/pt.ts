/** Portuguese messages of the disclosure engine's newer controls (keys of `./en.ts`). */
import type { checkEngineEn } from './en';

export const checkEnginePt: { readonly [K in keyof typeof checkEngineEn]: string } = {
  'check.missing.heading': 'Valores em falta',
  'check.missing.intro':
    'Uma célula vazia está sempre em falta. Marque os valores que também significam «sem valor» neste ficheiro (o R escreve NA, o Stata «.», alguns inquéritos -99). Um valor-chave em falta corresponde a qualquer valor na contagem dos grupos, como no sdcMicro.',
  'check.missing.proposal': '{code}: {cells} células ({columns})',
  'check.missing.none': 'Nenhum valor parece um código de valor em falta.',
  'check.missing.other': 'Outros códigos, separados por vírgulas',
  'check.missing.invalid':
    'Separe os códigos com vírgulas; não é preciso um código vazio, as células vazias estão sempre em falta.',
  'check.report.missingIn': 'Valores em falta em {column} (correspondem a qualquer valor)',
  'check.report.missingApplied': 'Células lidas como em falta (códigos {codes})',
  'check.treat.mode': 'Como escolher os valores a apagar',
  'check.treat.mode.strict':
    'Seguir estritamente a importância: apagar uma variável mais importante só quando as menos importantes não conseguem proteger o registo',
  'check.treat.mode.minimum': 'Apagar o menor número possível de valores (a importância só desempata)',
  'check.keys.proposed':
    'Variáveis-chave propostas: {count}. O Steward propõe no máximo {cap}, e só aquelas de que tem pelo menos {confidence} de certeza. Cada chave a mais torna mais registos únicos: acrescente uma chave só se alguém a puder saber.',
  'check.keys.noneProposed':
    'Nenhuma variável-chave proposta: o Steward não encontrou nenhuma de que tenha certeza. Escolha os factos que alguém poderia saber sobre uma pessoa.',
  'check.keys.notProposed': 'Possíveis chaves deixadas como «Outra»: {columns}.',
  'check.keys.clear': 'Limpar todas as chaves',
  'check.keys.keepProposed': 'Manter só as chaves propostas',
  'check.report.highRiskThreshold':
    'Um registo conta como de alto risco quando o seu risco ultrapassa {threshold}: a mediana do risco mais três vezes a sua dispersão (MAD), e pelo menos 10 %. O limiar é relativo aos outros registos.',
  'check.report.highRiskNone':
    'Nenhum se destaca aqui porque a maioria dos registos partilha o mesmo risco alto, e isso não torna o ficheiro seguro: o risco médio é {risk}; veja os registos únicos e os valores de k-anonimato.',
};
