import type { membersEn } from './en';

/** Spanish messages of the members page (spread into `src/i18n/es.ts`). */
export const membersEs: { readonly [K in keyof typeof membersEn]: string } = {
  'nav.members': 'Miembros y roles',
  'module.members.description':
    'Dé acceso a su organización y cambie los roles de las personas, según las reglas de asignación de roles.',
  'members.title': 'Miembros y roles',
  'members.heading': 'Miembros y roles de {organisation}',
  'members.intro':
    'Dé acceso a su organización y cambie los roles de las personas. Puede dar un rol hasta el suyo; los roles del clúster solo existen en las organizaciones líder y colíder del clúster.',
  'members.noOrganisation': 'Elija primero la organización para la que actúa.',
  'members.loadFailed': 'No se pudieron cargar los miembros. {reason}',
  'members.caption': 'Miembros de la organización y sus roles',
  'members.col.name': 'Nombre',
  'members.col.email': 'Correo electrónico',
  'members.col.role': 'Rol',
  'members.col.actions': 'Acciones',
  'members.roleOf': 'Rol de {name}',
  'members.save': 'Cambiar el rol',
  'members.remove': 'Retirar',
  'members.you': '(usted)',
  'members.changed': 'El rol de {name} ahora es {role}.',
  'members.removed': '{name} ya no es miembro.',
  'members.removeTitle': '¿Quitar a {name}?',
  'members.removeText':
    '{name} ({email}) dejará de actuar para esta organización. Su cuenta se mantiene; puede volver a añadirle más tarde.',
  'members.removeConfirm': 'Quitar al miembro',
  'members.add.heading': 'Añadir a una persona',
  'members.add.email': 'Correo electrónico de su cuenta de Steward',
  'members.add.role': 'Rol',
  'members.add.submit': 'Añadir',
  'members.added': '{email} ahora es miembro.',
};
