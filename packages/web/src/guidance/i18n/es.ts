import type { guidanceEn } from './en';

type Messages = { readonly [K in keyof typeof guidanceEn]: string };

/** Textes de orientación y centro de ayuda, en español. */
export const guidanceEs: Messages = {
  'nav.help': 'Centro de ayuda',
  'module.help.description':
    'Los consejos que Steward da donde usted actúa, por tema y por principio de responsabilidad de los datos, con listas de verificación antes de las acciones de riesgo.',
  'help.title': 'Centro de ayuda',
  'help.intro':
    'Todos los consejos que aparecen junto a los formularios de Steward, en un solo lugar. Cada uno explica por qué importa un campo, a qué principio de responsabilidad de los datos sirve y dónde leer más.',
  'help.byTopic': 'Por tema',
  'help.byPrinciple': 'Por principio',
  'help.checklists': 'Listas de verificación antes de las acciones de riesgo',
  'help.checklistsIntro': 'Steward le pide marcar cada punto antes de dejarle continuar.',
  'help.search': 'Filtrar los consejos',
  'help.noMatch': 'Ningún consejo coincide con este filtro.',
  'help.noneForPrinciple': 'Todavía no hay consejos para este principio.',
  'help.edit.title': 'Adaptar los consejos al contexto del clúster',
  'help.edit.intro':
    'Los coordinadores e IMO del clúster pueden sustituir un texto en un idioma; todos ven entonces el texto adaptado. Restablecer vuelve al texto predeterminado de Steward.',
  'help.edit.open': 'Adaptar',
  'help.edit.language': 'Idioma',
  'help.edit.text': 'Texto adaptado',
  'help.edit.save': 'Guardar el texto adaptado',
  'help.edit.reset': 'Volver al texto predeterminado',
  'help.edit.saved': 'Guardado. Todos ven ahora este texto.',
  'help.edit.resetDone': 'Se ha restablecido el texto predeterminado.',
  'help.edit.heading': 'Adaptar «{title}»',
  'help.edit.titleField': 'Título adaptado',
  'help.edit.keepDefault':
    'El texto que se deja como el de Steward, o vacío, sigue siendo el predeterminado.',
  'help.edit.previewOf': 'Vista previa: {title}',
  'help.edit.inLanguage': 'Idioma: {language}.',
  'help.edit.itemHeading': 'Adaptar el elemento {n}',
  'help.edit.itemField': 'Redacción adaptada',
  'help.edit.itemKeep':
    'Solo cambia la redacción: los usuarios deben seguir marcando este elemento antes de continuar.',
  'help.edit.itemUnchanged': 'Sigue siendo la redacción de Steward: cámbiela primero.',
  'help.edit.cancel': 'Cancelar',
  'help.edit.unchanged':
    'Sigue siendo el texto predeterminado de Steward: cambie primero el título o el texto.',
  'guidance.why': 'Por qué importa',
  'guidance.principles': 'Principios',
  'guidance.readMore': 'Más información: {source}',
  'guidance.custom': 'Adaptado por el clúster',
  'guidance.checklist.hint': 'Marque cada punto para continuar.',
  'guidance.checklist.incomplete': 'Marque primero cada punto de la lista de verificación.',
  'guidance.topic.registry': 'Registrar datos',
  'guidance.topic.sharing': 'Compartir datos',
  'guidance.topic.publication': 'Publicar',
  'guidance.topic.referrals': 'Derivaciones',
  'guidance.topic.incidents': 'Incidentes de datos',
  'guidance.topic.retention': 'Conservación y destrucción',
  'guidance.topic.assessments': 'Evaluaciones de impacto',
  'guidance.registry.purpose.title': 'Finalidad de los datos',
  'guidance.registry.purpose.why':
    'Recoja y conserve solo lo que exige una finalidad definida. Una finalidad clara es lo que los socios verifican antes de pedir los datos, y lo que limita su uso.',
  'guidance.registry.sensitivity.title': 'Nivel de sensibilidad',
  'guidance.registry.sensitivity.why':
    'El nivel decide, mediante el protocolo de intercambio, quién puede recibir los datos y en qué condiciones. Ante la duda, elija el nivel más alto: el daño de una divulgación no se puede deshacer.',
  'guidance.registry.personalData.title': 'Datos personales',
  'guidance.registry.personalData.why':
    'Los datos personales se quedan con el socio que los recogió y solo circulan de socio a socio, cifrados. El clúster recibe únicamente agregados.',
  'guidance.registry.aggregation.title': 'Nivel de agregación',
  'guidance.registry.aggregation.why':
    'Cuanto más fino es el nivel (sitio, hogar, coordenadas), más fácil es reconocer a las personas. Grupos pequeños en una tabla pueden identificar a alguien incluso sin nombres.',
  'guidance.registry.retention.title': 'Plazo de conservación y destrucción',
  'guidance.registry.retention.why':
    'Los datos conservados más tiempo del necesario solo añaden riesgo. Indique cuánto tiempo, desde qué hecho y cómo se destruirán; Steward se lo recordará cuando llegue el momento.',
  'guidance.retention.approve.title': 'Aprobar la destrucción',
  'guidance.retention.approve.why':
    'La destrucción en Steward no se puede deshacer: se destruyen los archivos y sus claves. Compruebe que ninguna obligación legal, caso abierto o auditoría necesite aún los datos.',
  'guidance.retention.confirmCopy.title': 'Destruir una copia compartida',
  'guidance.retention.confirmCopy.why':
    'Cuando termina la conservación prevista en un acuerdo, también debe destruirse cada copia que recibió su organización. Confírmelo aquí para que el propietario pueda dar cuenta de cada copia.',
  'guidance.sharing.purpose.title': 'Finalidad de una solicitud',
  'guidance.sharing.purpose.why':
    'El propietario decide según la finalidad y el uso previsto que usted indique. Pida los datos menos detallados que sirvan para ello.',
  'guidance.sharing.conditions.title': 'Condiciones de un acuerdo',
  'guidance.sharing.conditions.why':
    'Las condiciones obligan al destinatario: no compartir con terceros, agregar antes de usar, borrar al final. Las condiciones del protocolo siempre se aplican; añada lo que este intercambio necesite.',
  'guidance.sharing.expiry.title': 'Fecha de fin del acuerdo',
  'guidance.sharing.expiry.why':
    'Un acuerdo sin fin mantiene los datos en circulación cuando la necesidad ya pasó. Elija el plazo más corto que sirva a la finalidad.',
  'guidance.publication.threshold.title': 'Números pequeños',
  'guidance.publication.threshold.why':
    'Los recuentos por debajo del umbral del clúster se suprimen, y otros si hace falta para que no puedan deducirse de los totales. Nunca publique algo que eluda la supresión.',
  'guidance.publication.precision.title': 'Precisión geográfica',
  'guidance.publication.precision.why':
    'Mapas y tablas más finos que el nivel de distrito, o con coordenadas, pueden señalar a personas en riesgo. Publique al nivel más amplio que sirva al lector.',
  'guidance.referrals.consent.title': 'Consentimiento para derivar',
  'guidance.referrals.consent.why':
    'Una derivación comparte la información de una persona con otra organización: pida un consentimiento informado, explique qué se comparte y con quién, y registre la respuesta.',
  'guidance.referrals.minimum.title': 'Información mínima',
  'guidance.referrals.minimum.why':
    'Envíe solo lo que el servicio receptor necesita para actuar. Cada detalle de más es un riesgo para la persona si la derivación se pierde o se usa indebidamente.',
  'guidance.incidents.report.title': 'Notificar un incidente',
  'guidance.incidents.report.why':
    'Notifique de inmediato, incluidos los cuasi incidentes: un aviso rápido permite a los socios actuar antes de que el daño se extienda. Los detalles pueden esperar.',
  'guidance.incidents.severity.title': 'Gravedad',
  'guidance.incidents.severity.why':
    'La gravedad parte de la sensibilidad más alta de los datos afectados. Súbala libremente; bajarla requiere un motivo que otros puedan leer.',
  'guidance.assessments.dia.title': 'Evaluación de impacto de los datos',
  'guidance.assessments.dia.why':
    'Evalúe los riesgos para las personas antes de recoger datos personales o muy sensibles, publicar detalles finos o abrir un nuevo flujo entre socios.',
  'guidance.checklist.publish.title': 'Antes de publicar',
  'guidance.checklist.publish.1':
    'Los números pequeños están suprimidos y no pueden recalcularse a partir de los totales.',
  'guidance.checklist.publish.2': 'Los lugares no son más precisos de lo que necesitan los lectores.',
  'guidance.checklist.publish.3': 'Los propietarios de los datos aceptaron esta publicación.',
  'guidance.checklist.publish.4':
    'Nada de lo publicado podría exponer a personas a daños si se malinterpreta o se usa mal.',
  'guidance.checklist.share-high.title': 'Antes de aprobar un intercambio de datos de nivel alto o grave',
  'guidance.checklist.share-high.1':
    'La finalidad del destinatario necesita estos datos con este nivel de detalle.',
  'guidance.checklist.share-high.2': 'El destinatario puede proteger los datos y notificará los incidentes.',
  'guidance.checklist.share-high.3':
    'Las condiciones y la fecha de fin limitan el uso a la finalidad indicada.',
  'guidance.checklist.share-high.4': 'Datos menos sensibles (agregados o anonimizados) no bastarían.',
  'guidance.checklist.referral-no-consent.title': 'Antes de derivar sin consentimiento',
  'guidance.checklist.referral-no-consent.1':
    'La persona no puede consentir y la derivación responde a su interés vital o superior.',
  'guidance.checklist.referral-no-consent.2': 'Solo se envía la información mínima.',
  'guidance.checklist.referral-no-consent.3': 'Un supervisor o gestor de casos dio su acuerdo.',
  'guidance.checklist.referral-no-consent.4':
    'El motivo queda registrado y se informará a la persona en cuanto sea posible.',
  'guidance.checklist.destroy.title': 'Antes de aprobar la destrucción',
  'guidance.checklist.destroy.1':
    'El plazo de conservación terminó y ninguna obligación legal ni caso abierto necesita los datos.',
  'guidance.checklist.destroy.2': 'Lo que aún se necesita se agregó o anonimizó antes.',
  'guidance.checklist.destroy.3': 'Se pedirá a los socios que tienen copias que las destruyan.',
};
