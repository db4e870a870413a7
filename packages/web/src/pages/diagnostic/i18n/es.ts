import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** Mensajes en español del diagnóstico. */
export const diagnosticEs: Messages = {
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
  'diagnostic.status.not_in_place': 'No implementado',
  'diagnostic.status.partial': 'Implementado en parte',
  'diagnostic.status.in_place': 'Implementado',
  'diagnostic.status.not_applicable': 'No aplica',
  'diagnostic.status.unanswered': 'Sin respuesta',
  'diagnostic.action.diagnostic': '1. Diagnóstico',
  'diagnostic.action.registry': '2. Registro',
  'diagnostic.action.isp': '3. Protocolo de intercambio de información',
  'diagnostic.action.advisory': '4. Asesoría y apoyo',
  'diagnostic.action.design': '5. Diseño para la responsabilidad de los datos',
  'diagnostic.action.incidents': '6. Incidentes de datos',
  'diagnostic.principles': 'Principios',
  'diagnostic.guidance': 'Por qué importa',
  'diagnostic.expected': 'Evidencia esperada',
  'diagnostic.found': 'Encontrado por Steward',
  'diagnostic.shareNamed':
    'El clúster puede ver nuestras puntuaciones con nuestro nombre (si no, solo en el agregado de todos los miembros)',
  'diagnostic.save': 'Guardar respuestas',
  'diagnostic.saved': 'Respuestas guardadas.',
  'diagnostic.closed': 'Esta ronda está cerrada; las respuestas ya no pueden cambiar.',
  'diagnostic.scores': 'Puntuaciones',
  'diagnostic.byAction': 'Por acción',
  'diagnostic.byPrinciple': 'Por principio',
  'diagnostic.overall': 'Global',
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
  'diagnostic.plan.status.open': 'Abierta',
  'diagnostic.plan.status.in_progress': 'En curso',
  'diagnostic.plan.status.done': 'Hecha',
  'diagnostic.trend.byAction': 'Puntuaciones por acción, ronda a ronda',
  'diagnostic.trend.byPrinciple': 'Puntuaciones por principio, ronda a ronda',
  'diagnostic.trend.description':
    'Puntuaciones de 0 a 100 en cada ronda; sin barra donde no se respondió nada aplicable.',
  'diagnostic.trend.action': 'Acción',
  'diagnostic.trend.principle': 'Principio',
  'diagnostic.evidence.no_isp': 'No hay ningún ISP en vigor.',
  'diagnostic.evidence.isp_endorsed':
    'La versión {version} del ISP está en vigor, respaldada por los miembros.',
  'diagnostic.evidence.isp_not_endorsed':
    'La versión {version} del ISP aún no está respaldada por todos los miembros.',
  'diagnostic.evidence.isp_no_review_date': 'El ISP no tiene fecha de revisión.',
  'diagnostic.evidence.isp_review_due': 'La revisión del ISP está prevista para el {date}.',
  'diagnostic.evidence.isp_review_overdue': 'La revisión del ISP vencía el {date}.',
  'diagnostic.evidence.registry_entries': 'Entradas del registro: {entries}.',
  'diagnostic.evidence.registry_members':
    '{withEntries} de {members} miembros describen datos en el catálogo del clúster ({entries} entradas).',
  'diagnostic.evidence.registry_overdue':
    '{overdue} de {entries} entradas del registro superaron su fecha de revisión.',
  'diagnostic.evidence.agreements_expiring': '{expiring} de {active} acuerdos en vigor terminan en 30 días.',
  'diagnostic.evidence.incidents_open':
    '{open} incidentes abiertos, {old} de ellos desde hace más de 30 días.',
  'diagnostic.evidence.dia_missing':
    '{missing} de {required} entradas con datos personales no tienen evaluación de impacto.',
  'diagnostic.evidence.retention_overdue': '{overdue} tareas de conservación están atrasadas.',
  'diagnostic.principle.accountability': 'Rendición de cuentas',
  'diagnostic.principle.confidentiality': 'Confidencialidad',
  'diagnostic.principle.coordination': 'Coordinación y colaboración',
  'diagnostic.principle.data_security': 'Seguridad de los datos',
  'diagnostic.principle.purpose': 'Propósito definido, necesidad y proporcionalidad',
  'diagnostic.principle.fairness': 'Equidad y legitimidad',
  'diagnostic.principle.human_rights': 'Enfoque basado en los derechos humanos',
  'diagnostic.principle.people_centred': 'Centrado en las personas e inclusivo',
  'diagnostic.principle.personal_data_protection': 'Protección de datos personales',
  'diagnostic.principle.quality': 'Calidad',
  'diagnostic.principle.retention': 'Conservación y destrucción',
  'diagnostic.principle.transparency': 'Transparencia',
};
