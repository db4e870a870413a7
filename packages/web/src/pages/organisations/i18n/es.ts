import type { organisationsEn } from './en';

/** Mensajes en español de la página de organizaciones. */
export const organisationsEs: Record<keyof typeof organisationsEn, string> = {
  'orgs.readOnly':
    'Solo las personas coordinadoras del clúster y quienes administran añaden o cambian organizaciones. Pídaselo si algo aquí no es correcto.',
  'orgs.manageIntro':
    'Añada las organizaciones que participan en la respuesta, mantenga sus datos al día y desactive las que se retiran. Al desactivarlas se conservan sus registros; sus miembros dejan de actuar por ellas.',
  'orgs.add': 'Añadir una organización',
  'orgs.edit': 'Editar',
  'orgs.editOf': 'Editar {name}',
  'orgs.deactivate': 'Desactivar',
  'orgs.deactivateOf': 'Desactivar {name}',
  'orgs.reactivate': 'Reactivar',
  'orgs.reactivateOf': 'Reactivar {name}',
  'orgs.member': 'Miembro del clúster',
  'orgs.notMember': 'No es miembro del clúster',
  'orgs.col.focalPoints': 'Puntos focales',
  'orgs.col.referralKey': 'Clave de derivación',
  'orgs.col.actions': 'Acciones',
  'orgs.noFocalPoint': 'Ninguno todavía',
  'orgs.focalRole.partner-focal-point': 'punto focal',
  'orgs.focalRole.cluster-coordinator': 'coordinación',
  'orgs.noKey': 'Sin clave: no puede recibir derivaciones',
  'orgs.keySince': 'desde el {date}',
  'orgs.form.addTitle': 'Añadir una organización',
  'orgs.form.editTitle': 'Editar {name}',
  'orgs.form.name': 'Nombre',
  'orgs.form.nameHint': 'El nombre completo, tal como lo escribe la organización.',
  'orgs.form.acronym': 'Sigla',
  'orgs.form.acronymHint':
    "Nombre corto usado en Steward y en las derivaciones, p. ej. IRC o AMODEFA. Letras y dígitos, con - . & / ' entre ellos; sin espacios.",
  'orgs.form.type': 'Tipo',
  'orgs.form.typeHint':
    'Los roles del clúster (coordinación, gestión de la información) solo existen en la organización líder y colíder.',
  'orgs.form.member': 'Miembro del clúster',
  'orgs.form.memberHint':
    'Desmarque para organizaciones que comparten datos con el clúster sin ser miembros.',
  'orgs.form.save': 'Guardar',
  'orgs.form.create': 'Añadir la organización',
  'orgs.form.cancel': 'Cancelar',
  'orgs.form.fixErrors': 'Corrija los campos señalados abajo.',
  'orgs.form.nameRequired': 'Escriba el nombre (200 caracteres como máximo).',
  'orgs.form.acronymRequired': 'Escriba una sigla (30 caracteres como máximo).',
  'orgs.form.acronymFormat': "Use letras y dígitos, con solo - . & / ' entre ellos; sin espacios.",
  'orgs.form.acronymTaken': 'Otra organización ya usa la sigla {acronym}. Elija otra.',
  'orgs.form.typeLocked':
    'Esta organización tiene roles del clúster, así que sigue siendo líder o colíder. Traslade antes esos roles.',
  'orgs.added': 'Se añadió {acronym}.',
  'orgs.saved': 'Se guardó {acronym}.',
  'orgs.deactivated': 'Se desactivó {acronym}.',
  'orgs.reactivated': 'Se reactivó {acronym}.',
  'orgs.confirm.deactivateTitle': '¿Desactivar {acronym}?',
  'orgs.confirm.deactivateBody':
    'Sus miembros dejarán de actuar por {acronym}: pasan a sus otras organizaciones y los tokens de API de {acronym} dejan de funcionar. Se conservan sus entradas del registro, acuerdos e historial de auditoría. Puede reactivarla más tarde.',
  'orgs.confirm.reactivateTitle': '¿Reactivar {acronym}?',
  'orgs.confirm.reactivateBody':
    'Sus miembros volverán a actuar por {acronym} y sus tokens de API volverán a funcionar.',
  'errors.reason.acronym-taken': 'Otra organización ya usa esta sigla.',
  'errors.reason.cluster-roles-held':
    'Esta organización tiene roles del clúster, así que sigue siendo líder o colíder.',
  'errors.reason.own-organisation': 'No puede desactivar la organización por la que actúa.',
  'errors.reason.last-coordinator-organisation':
    'Esta organización tiene a la última persona coordinadora activa del clúster: nombre antes otra en otra organización.',
  'can.readAudit': 'Consultar el registro de auditoría de su organización',
};
