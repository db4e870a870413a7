import type { DefaultItemTranslations } from './types';

/** Steward's default diagnostic items in Spanish (English: default-set.ts). */
export const defaultItemsEs: DefaultItemTranslations = {
  'diag.round-regular': {
    text: 'El clúster realiza este diagnóstico al menos una vez al año y tras cambios importantes en la respuesta.',
    guidance: 'Un diagnóstico es una instantánea; solo las rondas repetidas muestran si la práctica mejora.',
    evidence: 'Fechas de las rondas anteriores en Steward.',
  },
  'diag.members-take-part': {
    text: 'Las organizaciones miembro responden el diagnóstico por sí mismas, no solo el equipo de coordinación.',
    guidance: 'La responsabilidad de datos del clúster es la suma de la práctica de sus miembros.',
    evidence: 'Número de miembros que respondieron la ronda en curso.',
  },
  'diag.action-plan': {
    text: 'Las brechas detectadas por el diagnóstico se convierten en un plan de acción con responsables y plazos.',
    guidance: 'Sin responsables ni plazos, las brechas siguen siendo brechas.',
    evidence: 'El plan de acción de la ronda anterior con el estado de cada acción.',
  },
  'diag.context-analysis': {
    text: 'El clúster ha analizado los riesgos relacionados con los datos en su contexto (autoridades, actores armados, vigilancia, amenazas digitales).',
    guidance: 'Datos inofensivos en un contexto pueden poner a las personas en riesgo en otro.',
    evidence: 'Un análisis de contexto o de riesgos con fecha.',
  },
  'diag.legal-framework': {
    text: 'Se conocen y se enumeran las leyes de protección de datos y las políticas institucionales aplicables.',
    guidance:
      'Los datos personales se tratan conforme a la ley aplicable o a la política de la organización (principio 9).',
    evidence: 'Una lista de las leyes y políticas aplicables con sus enlaces.',
  },
  'diag.focal-point': {
    text: 'Existe un punto focal designado para la responsabilidad de datos (en el clúster y en cada miembro).',
    guidance: 'Alguien debe hacerse cargo del tema y rendir cuentas por él.',
    evidence: 'Nombres de los puntos focales en la lista de miembros de Steward.',
  },
  'diag.capacity': {
    text: 'El personal que maneja datos de protección ha recibido formación en responsabilidad de datos en los últimos 12 meses.',
    guidance: 'La mayoría de los incidentes surgen de la práctica diaria, no de los sistemas.',
    evidence: 'Registros de formación: fechas, número de personas.',
  },
  'reg.exists': {
    text: 'Un registro de gestión de datos recoge las actividades de datos del clúster y de sus miembros.',
    guidance: 'No se pueden proteger datos que uno no sabe que tiene.',
    evidence: 'El registro en Steward.',
  },
  'reg.coverage': {
    text: 'Cada actividad de datos de la organización está inscrita en el registro.',
    guidance:
      'Cobertura: cada miembro tiene al menos una entrada vigente y las entradas describen sus actividades reales.',
    evidence: 'Número de entradas del registro por miembro (detectado en Steward).',
  },
  'reg.reviews': {
    text: 'Las entradas del registro se revisan a tiempo.',
    guidance: 'Un registro desactualizado da una falsa sensación de seguridad.',
    evidence: 'Entradas con la fecha de revisión vencida (detectado en Steward).',
  },
  'reg.purpose': {
    text: 'Cada entrada del registro indica su finalidad y por qué se necesita cada tipo de datos.',
    guidance: 'La finalidad limita lo que se recoge y quién puede usarlo (principio 5).',
    evidence: 'Finalidad y tipos de datos completados en cada entrada.',
  },
  'reg.sensitivity': {
    text: 'Cada entrada del registro tiene un nivel de sensibilidad acordado con el PII.',
    guidance: 'El nivel decide quién puede recibir los datos y cómo.',
    evidence: 'Nivel de sensibilidad en cada entrada.',
  },
  'reg.personal-data-flagged': {
    text: 'Las entradas con datos personales están señaladas, con su base jurídica.',
    guidance: 'Los datos personales solo circulan de socio a socio, con consentimiento u otra base jurídica.',
    evidence: 'Indicador de datos personales y base jurídica en las entradas.',
  },
  'reg.retention': {
    text: 'Cada entrada del registro tiene un plazo de conservación, un evento desencadenante y un método de destrucción.',
    guidance: 'Los datos sensibles se conservan solo el tiempo necesario (principio 11).',
    evidence: 'Campos de conservación completados en las entradas.',
  },
  'reg.quality': {
    text: 'Los controles de calidad de los datos (exhaustividad, duplicados, actualidad) están descritos para cada actividad de datos.',
    guidance:
      'Las decisiones se basan en los datos; los datos de mala calidad también perjudican a las personas.',
    evidence: 'Procedimientos de calidad citados en las entradas.',
  },
  'isp.endorsed': {
    text: 'Está en vigor un protocolo de intercambio de información (PII) respaldado por los miembros.',
    guidance: 'El PII es el acuerdo común del clúster sobre quién puede recibir qué datos.',
    evidence: 'La versión del PII en vigor en Steward y sus respaldos (detectado).',
  },
  'isp.review': {
    text: 'El PII tiene una fecha de revisión que no ha vencido.',
    guidance: 'Los contextos cambian; un PII que nunca se revisa se aleja de la práctica.',
    evidence: 'Fecha de revisión del PII (detectada en Steward).',
  },
  'isp.matrix': {
    text: 'El PII clasifica cada tipo de datos que maneja el clúster por nivel de sensibilidad y destinatario.',
    guidance: 'Los tipos de datos sin clasificar acaban compartiéndose por costumbre.',
    evidence: 'La matriz del PII en Steward.',
  },
  'isp.members-know': {
    text: 'El personal que comparte datos conoce el PII y lo consulta antes de compartir.',
    guidance: 'Un PII que el personal no conoce no protege a nadie.',
    evidence: 'Registros de sesiones informativas; intercambios solicitados a través de Steward.',
  },
  'isp.agreements': {
    text: 'Los intercambios de datos de sensibilidad Alta o Severa están cubiertos por un acuerdo de intercambio de datos.',
    guidance: 'Los acuerdos fijan la finalidad, la duración, la seguridad y la destrucción.',
    evidence: 'Acuerdos en Steward con sus fechas de vencimiento.',
  },
  'isp.agreements-current': {
    text: 'Ningún acuerdo de intercambio de datos está por vencer sin renovación ni cierre.',
    guidance: 'Un acuerdo vencido debe poner fin al acceso y activar la destrucción.',
    evidence: 'Acuerdos que vencen en los próximos 30 días (detectado en Steward).',
  },
  'isp.publication-rules': {
    text: 'El PII fija reglas para publicar cifras (recuentos mínimos, precisión geográfica).',
    guidance: 'Los números pequeños y las ubicaciones precisas pueden identificar a las personas.',
    evidence: 'Reglas de publicación en el PII.',
  },
  'adv.guidance': {
    text: 'El clúster ofrece orientación sobre responsabilidad de datos allí donde actúan los miembros (formularios, listas de verificación).',
    guidance: 'Un consejo en el momento de actuar funciona mejor que un manual.',
    evidence: 'Textos de orientación en el centro de ayuda de Steward.',
  },
  'adv.helpdesk': {
    text: 'Los miembros saben a quién pedir asesoramiento sobre responsabilidad de datos y obtienen respuesta en menos de una semana.',
    guidance: 'Un miembro ante un intercambio arriesgado necesita un consejo rápido.',
    evidence: 'Punto de contacto y registro de respuestas.',
  },
  'adv.templates': {
    text: 'Hay plantillas (acuerdo, EID, formulario de consentimiento, procedimientos operativos estándar) a disposición de los miembros.',
    guidance: 'Las plantillas abaratan hacerlo bien.',
    evidence: 'Biblioteca de plantillas.',
  },
  'adv.training-offer': {
    text: 'El clúster organiza o difunde formaciones en responsabilidad de datos para sus miembros.',
    guidance: 'La capacidad varía mucho de un miembro a otro.',
    evidence: 'Sesiones de formación realizadas este año.',
  },
  'adv.local-language': {
    text: 'La orientación está disponible en los idiomas de trabajo de los miembros.',
    guidance: 'Una orientación que no se puede leer no orienta a nadie.',
    evidence: 'Idiomas de los textos de orientación.',
  },
  'adv.consent-information': {
    text: 'Las personas afectadas reciben información, en un idioma que entienden, sobre qué se recoge, por qué y quién lo verá.',
    guidance: 'Consentimiento informado y transparencia hacia las personas afectadas (principios 8 y 12).',
    evidence: 'Guiones informativos o folletos.',
  },
  'adv.feedback': {
    text: 'Las personas afectadas pueden hacer preguntas sobre sus datos, corregirlos o presentar quejas al respecto.',
    guidance: 'La rendición de cuentas a las personas afectadas incluye sus datos.',
    evidence: 'Descripción del mecanismo de retroalimentación y quejas.',
  },
  'des.dia-required': {
    text: 'Se realiza una evaluación de impacto en los datos (EID) antes de actividades con datos personales o datos de sensibilidad Alta o Severa.',
    guidance: 'Evaluar los riesgos para las personas antes de recoger datos, no después de un incidente.',
    evidence: 'Entradas del registro que requieren una EID y no la tienen (detectado en Steward).',
  },
  'des.minimisation': {
    text: 'Solo se recogen los datos necesarios para la finalidad declarada.',
    guidance: 'Los datos que no se recogen no pueden filtrarse.',
    evidence: 'Tipos de datos justificados en el registro; paso 6 de la EID.',
  },
  'des.aggregates-only': {
    text: 'El clúster solo recibe datos agregados, nunca datos personales.',
    guidance: 'GPC, cap. 10: los datos personales van de socio a socio, no a través del clúster.',
    evidence: 'Los conjuntos de datos del clúster en el registro están agregados.',
  },
  'des.disclosure-control': {
    text: 'Se aplica control de divulgación estadística antes de que cualquier conjunto de datos o cifra salga de la organización.',
    guidance:
      'Las celdas pequeñas y las combinaciones poco frecuentes permiten reidentificar a las personas.',
    evidence: 'Controles de divulgación en Steward para los datos compartidos y publicados.',
  },
  'des.referral-consent': {
    text: 'Las derivaciones se hacen con el consentimiento informado de la persona y solo con los campos mínimos.',
    guidance: 'Una derivación sin consentimiento puede poner en peligro a la persona.',
    evidence: 'Registros de derivación con el consentimiento.',
  },
  'des.encryption': {
    text: 'Los datos personales y de sensibilidad Severa están cifrados en reposo y en tránsito.',
    guidance: 'Los dispositivos se pierden y los servidores se incautan.',
    evidence: 'Descripción de las herramientas y su cifrado.',
  },
  'des.access-control': {
    text: 'El acceso a los datos sensibles se limita a funciones designadas y se revisa.',
    guidance: 'Necesidad de saber, no curiosidad por saber.',
    evidence: 'Listas de acceso y fecha de su última revisión.',
  },
  'des.location-precision': {
    text: 'Los mapas y cifras publicados se mantienen en el nivel admin 2 o superior, salvo que una EID permita mayor detalle.',
    guidance: 'Las ubicaciones precisas pueden señalar a personas y lugares en riesgo.',
    evidence: 'Publicaciones y su nivel geográfico.',
  },
  'des.destruction': {
    text: 'Los datos cuyo plazo de conservación ha vencido se destruyen y la destrucción queda registrada.',
    guidance: 'Los datos guardados «por si acaso» son un riesgo permanente.',
    evidence:
      'Tareas de conservación atrasadas (detectadas en Steward cuando se usa el módulo de conservación).',
  },
  'inc.register': {
    text: 'Existe un registro de incidentes de datos y se utiliza, incluidos los cuasiincidentes.',
    guidance: 'Un incidente no registrado es un incidente del que no se aprende.',
    evidence: 'El registro de incidentes en Steward.',
  },
  'inc.open': {
    text: 'Ningún incidente de datos queda abierto sin tratamiento.',
    guidance: 'Un incidente abierto puede seguir causando daño.',
    evidence:
      'Incidentes abiertos y su antigüedad (detectados en Steward cuando se usa el registro de incidentes).',
  },
  'inc.sop': {
    text: 'Un procedimiento operativo estándar establece a quién se notifica un incidente, cómo y con qué rapidez.',
    guidance: 'Ante un incidente, cada minuto cuenta y los roles deben estar claros.',
    evidence: 'Documento del procedimiento ante incidentes.',
  },
  'inc.notify-partners': {
    text: 'Los socios cuyos datos están implicados en un incidente son notificados según lo exigen los acuerdos.',
    guidance: 'Los acuerdos conllevan obligaciones de notificación.',
    evidence: 'Notificaciones registradas en los incidentes.',
  },
  'inc.affected-people': {
    text: 'Las personas afectadas son informadas cuando un incidente las pone en riesgo, siempre que sea seguro hacerlo.',
    guidance: 'Las personas tienen derecho a protegerse.',
    evidence: 'Registros de incidentes que indican si se informó a las personas.',
  },
  'inc.learning': {
    text: 'Las lecciones de los incidentes se comparten en todo el clúster, de forma anonimizada.',
    guidance: 'Los miembros aprenden de los cuasiincidentes de los demás.',
    evidence: 'Notas de aprendizaje en el registro de incidentes.',
  },
};
