import { diagnosticMessagesEs } from '@steward/core/diagnostic/texts/es';
import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** Mensajes en español del diagnóstico. */
export const diagnosticEs: Messages = {
  // Action, principle and status names and the evidence sentences: one table with the XLSX export.
  ...diagnosticMessagesEs,
  'nav.diagnostic': 'Diagnóstico',
  'module.diagnostic.description':
    'La autoevaluación de la responsabilidad de los datos: responda cada ronda, vea lo que Steward encontró en sus propios datos, compare rondas y mantenga un plan de acción.',
  'diagnostic.title': 'Diagnóstico de responsabilidad de los datos',
  'diagnostic.intro':
    'Califique cada enunciado para su organización. Cuando Steward puede comprobar sus propios datos, la respuesta viene rellenada y la evidencia enlazada; cámbiela si sabe más.',
  'diagnostic.round': 'Ronda',
  'diagnostic.noRounds':
    'Aún no hay ninguna ronda de diagnóstico abierta. La coordinación del clúster abre una.',
  'diagnostic.party.member': 'Responder por mi organización',
  'diagnostic.party.cluster': 'Responder por el clúster',
  'diagnostic.guidance': 'Por qué importa',
  'diagnostic.expected': 'Evidencia esperada',
  'diagnostic.shareNamed':
    'El clúster puede ver nuestras puntuaciones con nuestro nombre (si no, solo en el agregado de todos los miembros)',
  'diagnostic.save': 'Guardar respuestas',
  'diagnostic.saved': 'Respuestas guardadas.',
  'diagnostic.closed': 'Esta ronda está cerrada; las respuestas ya no pueden cambiar.',
  'diagnostic.scores': 'Puntuaciones',
  'diagnostic.byAction': 'Por acción',
  'diagnostic.byPrinciple': 'Por principio',
  'diagnostic.score': 'Puntuación',
  'diagnostic.noScore': '—',
  'diagnostic.compare': 'Rondas comparadas',
  'diagnostic.change': 'Cambio',
  'diagnostic.export.xlsx': 'Descargar la ronda y el plan de acción (XLSX)',
  'diagnostic.export.report': 'Informe imprimible',
  'diagnostic.report.heading': 'Informe del diagnóstico',
  'diagnostic.report.meta': 'abierta el {date}, versión {version} del cuestionario',
  'diagnostic.report.prepared': 'Preparado el {date}',
  'diagnostic.report.answered': '{answered} de {items} enunciados respondidos',
  'diagnostic.report.print': 'Imprimir',
  'diagnostic.report.back': 'Volver al diagnóstico',
  'diagnostic.report.choose': 'Elija la ronda del diagnóstico cuyo informe quiere ver.',
  'diagnostic.report.group': 'Acción o principio',
  'diagnostic.report.allMembers': 'Todos los miembros ({responded} respondieron)',
  'diagnostic.report.suppressed': 'Menos de 3 miembros respondieron a esta ronda: su promedio no se muestra.',
  'diagnostic.report.namedNone':
    'Ningún miembro aceptó ser nombrado; los miembros solo aparecen en el promedio.',
  'diagnostic.report.plan': 'Plan de acción',
  'diagnostic.report.noPlan': 'Todavía no hay acciones para esta ronda.',
  'diagnostic.report.col.action': 'Acción a realizar',
  'diagnostic.report.col.owner': 'Responsable',
  'diagnostic.report.col.due': 'Fecha límite',
  'diagnostic.report.col.status': 'Estado',
  'diagnostic.report.overdue': 'atrasada',
  'diagnostic.report.answers': 'Respuestas',
  'diagnostic.report.col.statement': 'Enunciado',
  'diagnostic.report.col.answer': 'Respuesta',
  'diagnostic.plan.help':
    'Cada brecha (un enunciado no implementado, implementado en parte o sin respuesta) puede convertirse en una acción con un responsable y una fecha límite. Una acción cuya fecha límite ha pasado se marca como atrasada hasta que se complete.',
  'diagnostic.plan.caption': 'Acciones previstas para esta ronda',
  'diagnostic.plan.statusOf': 'Estado de «{title}»',
  'diagnostic.plan.statusSaved': 'Estado de «{title}» guardado.',
  'diagnostic.plan.readOnly':
    'Los puntos focales y los gestores de datos llevan el plan de acción; usted puede consultarlo.',
  'diagnostic.plan.add': 'Planificar una acción para una brecha',
  'diagnostic.plan.gap': 'Brecha',
  'diagnostic.plan.choose': 'Elija una brecha',
  'diagnostic.plan.titleHint': 'Lo que se hará, en una frase.',
  'diagnostic.plan.ownerHint':
    'Un rol o un equipo (por ejemplo «IMO de protección»), no los datos de contacto de una persona.',
  'diagnostic.plan.submit': 'Añadir al plan de acción',
  'diagnostic.plan.added': 'Acción añadida al plan.',
  'diagnostic.plan.noGaps': 'No hay brechas en esta ronda: cada enunciado aplicable está implementado.',
  'diagnostic.members.heading': 'Puntuaciones de los miembros',
  'diagnostic.members.help':
    'El clúster solo ve el promedio de todos los miembros cuando al menos 3 han respondido, y las puntuaciones de un miembro solo si aceptó ser nombrado. La exportación y el informe imprimible siguen la misma regla.',
  'diagnostic.members.caption': 'Puntuaciones de los miembros por acción y por principio',
  'diagnostic.members.none': 'Ningún miembro ha respondido todavía a esta ronda.',
  'diagnostic.trend.byAction': 'Puntuaciones por acción, ronda a ronda',
  'diagnostic.trend.byPrinciple': 'Puntuaciones por principio, ronda a ronda',
  'diagnostic.trend.description':
    'Puntuaciones de 0 a 100 en cada ronda; sin barra donde no se respondió nada aplicable.',
  'diagnostic.trend.action': 'Acción',
  'diagnostic.trend.principle': 'Principio',
};
