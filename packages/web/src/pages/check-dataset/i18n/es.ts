/** Spanish messages of the disclosure engine's newer controls (keys of `./en.ts`). */
import type { checkEngineEn } from './en';

export const checkEngineEs: { readonly [K in keyof typeof checkEngineEn]: string } = {
  'check.missing.heading': 'Valores faltantes',
  'check.missing.intro':
    'Una celda vacía siempre falta. Marque los valores que también significan «sin valor» en este archivo (R escribe NA, Stata «.», algunas encuestas -99). Un valor clave faltante coincide con cualquier valor al contar los grupos, como en sdcMicro.',
  'check.missing.proposal': '{code}: {cells} celdas ({columns})',
  'check.missing.none': 'Ningún valor parece un código de valor faltante.',
  'check.missing.other': 'Otros códigos, separados por comas',
  'check.missing.invalid':
    'Separe los códigos con comas; no hace falta un código vacío, las celdas vacías siempre faltan.',
  'check.report.missingIn': 'Valores faltantes en {column} (coinciden con cualquier valor)',
  'check.report.missingApplied': 'Celdas leídas como faltantes (códigos {codes})',
  'check.treat.mode': 'Cómo elegir los valores que se borran',
  'check.treat.mode.strict':
    'Seguir estrictamente la importancia: borrar una variable más importante solo cuando las menos importantes no pueden proteger el registro',
  'check.treat.mode.minimum': 'Borrar el menor número posible de valores (la importancia solo desempata)',
  'check.keys.proposed':
    'Variables clave propuestas: {count}. Steward propone {cap} como máximo, y solo aquellas de las que está seguro al menos al {confidence}. Cada clave adicional hace únicos más registros: añada una clave solo si alguien podría conocerla.',
  'check.keys.noneProposed':
    'No se propone ninguna variable clave: Steward no encontró ninguna de la que esté seguro. Elija los datos que alguien podría conocer de una persona.',
  'check.keys.notProposed': 'Posibles claves dejadas como «Otra»: {columns}.',
  'check.keys.clear': 'Quitar todas las claves',
  'check.keys.keepProposed': 'Dejar solo las claves propuestas',
  'check.report.highRiskThreshold':
    'Un registro cuenta como de alto riesgo cuando su riesgo supera {threshold}: la mediana del riesgo más tres veces su dispersión (MAD), y al menos el 10 %. El umbral es relativo a los demás registros.',
  'check.report.highRiskNone':
    'Ninguno destaca aquí porque la mayoría de los registros comparten el mismo riesgo alto, y eso no hace seguro el archivo: el riesgo medio es {risk}; vea los registros únicos y las cifras de k-anonimato.',
};
