import type { referralKeysEn } from './keys-en';

type Messages = { readonly [K in keyof typeof referralKeysEn]: string };

/** Mensajes en español de la página de claves de remisión (/referrals/keys). */
export const referralKeysEs: Messages = {
  'refkeys.nav': 'Claves',
  'refkeys.title': 'Claves de remisión',
  'refkeys.intro':
    'Las remisiones se cifran en el dispositivo de quien las envía y solo se descifran en los dispositivos de los miembros autorizados de la organización receptora. Configure aquí su clave y la de su organización.',
  'refkeys.cancel': 'Cancelar',
  'refkeys.empty.noOrgKey':
    'Su organización aún no tiene clave de remisión: los socios no pueden enviarle remisiones, ni ella enviarlas, hasta que un punto focal la cree.',
  'refkeys.empty.link': 'Configurar las claves de remisión',
  'refkeys.empty.noUserKey':
    'Aún no tiene clave de remisión. La crea usted, en este dispositivo, con una frase de contraseña que solo usted conoce.',
  'refkeys.empty.createLink': 'Crear su clave de remisión',
  'refkeys.passphrase.new': 'Nueva frase de contraseña de remisión',
  'refkeys.passphrase.hint':
    'Al menos {min} caracteres: varias palabras, o una mezcla de letras, cifras y símbolos. No su contraseña de inicio de sesión. Nunca se envía: si la pierde, nadie puede recuperar su clave.',
  'refkeys.passphrase.confirm': 'Escriba de nuevo la frase de contraseña',
  'refkeys.passphrase.show': 'Mostrar las frases de contraseña al escribir',
  'refkeys.passphrase.mismatch': 'Las dos frases de contraseña no coinciden.',
  'refkeys.passphrase.problem.too-short': 'Demasiado corta.',
  'refkeys.passphrase.problem.too-simple':
    'Demasiado fácil de adivinar: use al menos cuatro palabras, o mezcle mayúsculas, cifras y símbolos, o alárguela.',
  'refkeys.passphrase.problem.repetitive': 'Una repetición o una secuencia es fácil de adivinar.',
  'refkeys.passphrase.problem.personal': 'No use su nombre ni su dirección de correo.',
  'refkeys.passphrase.strength.weak': 'Solidez: insuficiente',
  'refkeys.passphrase.strength.fair': 'Solidez: aceptable',
  'refkeys.passphrase.strength.good': 'Solidez: buena',
  'refkeys.passphrase.strength.strong': 'Solidez: fuerte',
  'refkeys.user.title': 'Su clave de remisión',
  'refkeys.user.none': 'Aún no tiene clave de remisión.',
  'refkeys.user.createIntro':
    'Su navegador crea ahora un par de claves. Su parte privada se bloquea con su frase de contraseña antes de enviar nada: el servidor recibe solo la clave pública y la clave privada bloqueada.',
  'refkeys.user.create': 'Crear mi clave',
  'refkeys.user.creating': 'Creando la clave (unos segundos)…',
  'refkeys.user.created':
    'Su clave de remisión está lista. Su huella es {fingerprint}: quien tenga la clave de su organización puede ahora concedérsela tras comparar esta huella con usted.',
  'refkeys.change.title': 'Cambiar la frase de contraseña',
  'refkeys.change.intro':
    'Su clave se desbloquea aquí con la frase actual y se bloquea de nuevo con la nueva. La clave no cambia: sigue leyendo todas las remisiones, antiguas y nuevas.',
  'refkeys.change.current': 'Frase de contraseña actual',
  'refkeys.change.wrongCurrent': 'Esta no es la frase de contraseña actual de su clave.',
  'refkeys.change.submit': 'Cambiar la frase de contraseña',
  'refkeys.change.busy': 'Cambiando (unos segundos)…',
  'refkeys.change.done': 'Frase de contraseña cambiada. Use la nueva a partir de ahora.',
  'refkeys.replace.title': '¿Olvidó la frase de contraseña? Reemplace su clave',
  'refkeys.replace.warning':
    'Una nueva clave reemplaza a la anterior: su copia de la clave de la organización desaparece con ella, y alguien que la tenga debe concedérsela de nuevo antes de que pueda leer remisiones. Nada de lo ya cifrado se pierde para su organización.',
  'refkeys.replace.understood': 'Entiendo que la clave de la organización deberá concedérseme de nuevo',
  'refkeys.replace.confirmNeeded': 'Marque la casilla para confirmar.',
  'refkeys.replace.submit': 'Reemplazar mi clave',
  'refkeys.org.title': 'La clave de remisión de {organisation}',
  'refkeys.org.none':
    '{organisation} aún no tiene clave de remisión: los socios no pueden enviarle remisiones cifradas, ni ella enviarlas.',
  'refkeys.org.ownKeyFirst':
    'Cree primero su propia clave (arriba); después podrá crear la de la organización.',
  'refkeys.org.askFocalPoint':
    'Un punto focal socio de su organización la crea en esta página. Mientras tanto, cree su propia clave para que se le pueda conceder.',
  'refkeys.org.createIntro':
    'Como punto focal, usted crea la clave de su organización. Se crea en este dispositivo y se le concede primero a usted; después la concede a los colegas que tengan su propia clave.',
  'refkeys.org.prepare': 'Preparar la clave de la organización',
  'refkeys.org.preparing': 'Preparando (unos segundos)…',
  'refkeys.org.create': 'Crear la clave de la organización',
  'refkeys.org.saving': 'Guardando…',
  'refkeys.org.created':
    'La clave de la organización está creada (huella {fingerprint}). Los socios ya pueden enviarle remisiones. Concédala a sus colegas más abajo.',
  'refkeys.org.youHold':
    'Usted tiene esta clave: puede leer las remisiones de su organización en este dispositivo.',
  'refkeys.org.askGrant':
    'Aún no tiene esta clave: pida a un colega que la tenga que se la conceda (compare con él la huella de su clave).',
  'refkeys.org.createOwnFirst':
    'Cree primero su propia clave (arriba) y luego pida a quien la tenga que le conceda esta clave.',
  'refkeys.recovery.before':
    'Se mostrará un código de recuperación una sola vez. Si cada titular pierde su clave y el código también se pierde, las remisiones ya recibidas no podrán volver a leerse nunca.',
  'refkeys.recovery.title': 'Guarde el código de recuperación',
  'refkeys.recovery.intro':
    'Este código puede restaurar la clave de remisión de {organisation} si todos los titulares pierden el acceso. Solo se muestra ahora y nunca se envía al servidor.',
  'refkeys.recovery.download': 'Descargar el código de recuperación (archivo de texto)',
  'refkeys.recovery.keep':
    'Imprímalo o cópielo a mano y guárdelo bajo llave, lejos de cualquier dispositivo. Borre el archivo descargado una vez impreso.',
  'refkeys.recovery.saved': 'He guardado el código de recuperación en un lugar seguro',
  'refkeys.recovery.confirmNeeded': 'Confirme primero que guardó el código de recuperación.',
  'refkeys.recovery.cancel': 'Empezar de nuevo',
  'refkeys.recovery.fileTitle': 'Steward: código de recuperación de la clave de remisión de {organisation}',
  'refkeys.recovery.fileFingerprint': 'Huella de la clave',
  'refkeys.recovery.fileCode': 'Código de recuperación',
  'refkeys.recovery.fileAdvice':
    'Imprima esto y guárdelo bajo llave, lejos de cualquier dispositivo; luego borre este archivo. Quien tenga este código puede leer las remisiones de la organización con una copia de la base de datos.',
  'refkeys.members.title': 'Quién tiene la clave',
  'refkeys.members.intro':
    'Trabajadores sociales y puntos focales de su organización. Antes de conceder, compare la huella con la persona, en persona o por teléfono.',
  'refkeys.members.name': 'Nombre',
  'refkeys.members.role': 'Función',
  'refkeys.members.fingerprint': 'Huella de la clave',
  'refkeys.members.access': 'Acceso',
  'refkeys.members.actions': 'Acciones',
  'refkeys.members.you': '(usted)',
  'refkeys.members.noKey': 'Sin clave todavía',
  'refkeys.members.holder': 'Tiene la clave',
  'refkeys.members.waiting': 'Pendiente de concesión',
  'refkeys.members.noAccess': 'No tiene clave propia',
  'refkeys.members.grant': 'Conceder a {name}',
  'refkeys.members.revoke': 'Revocar a {name}',
  'refkeys.members.unlockToGrant': 'Desbloquee su clave (arriba) para conceder',
  'refkeys.members.empty': 'Su organización no tiene trabajadores sociales ni puntos focales.',
  'refkeys.members.granted': '{name} tiene ahora la clave de la organización.',
  'refkeys.members.revoked': '{name} ya no tiene la clave de la organización.',
  'refkeys.grant.title': 'Conceder la clave de la organización a {name}',
  'refkeys.grant.text':
    'Compare esta huella con la que {name} ve en su propia página de claves (en persona o por teléfono). Conceda solo si coinciden.',
  'refkeys.grant.confirm': 'Las huellas coinciden: conceder',
  'refkeys.revoke.title': 'Revocar el acceso de {name} a la clave de la organización',
  'refkeys.revoke.text':
    'La copia de la clave de la organización de {name} se elimina del servidor: ya no puede abrirla en un dispositivo. Las remisiones que ya leyó no pueden recuperarse.',
  'refkeys.revoke.rotation':
    'Puede conservar la clave en un dispositivo que usó: rote la clave justo después (abajo) para que las futuras remisiones usen una clave nueva que nunca tuvo.',
  'refkeys.revoke.confirm': 'Revocar',
  'refkeys.rotate.title': 'Rotar la clave de la organización',
  'refkeys.rotate.intro':
    'Una nueva clave de la organización reemplaza a la actual para las nuevas remisiones. Se concede a los titulares actuales y las claves antiguas se guardan dentro, para que todas las remisiones anteriores sigan legibles. Los socios verán una nueva huella.',
  'refkeys.rotate.prepare': 'Preparar la nueva clave',
  'refkeys.rotate.submit': 'Rotar la clave',
  'refkeys.rotate.unlockFirst': 'Desbloquee su clave (arriba) para rotar la clave de la organización.',
  'refkeys.rotate.afterRevoke':
    'Ahora rote la clave de la organización (abajo), para que {name} no pueda leer futuras remisiones con una copia que pudiera haber guardado.',
  'refkeys.rotate.done':
    'La clave de la organización se rotó (nueva huella {fingerprint}). Desbloquee de nuevo su clave para continuar.',
  'refkeys.how.title': 'Cómo funcionan las claves de remisión',
  'refkeys.how.device':
    'Su clave se crea en su dispositivo; su frase de contraseña y su clave privada nunca salen de él. El servidor solo guarda lo que no puede leer.',
  'refkeys.how.org':
    'La clave de su organización abre las remisiones que envía y recibe. Cada titular tiene una copia bloqueada con su propia clave; solo un titular puede concederla.',
  'refkeys.how.fingerprints':
    'Una huella es un breve resumen de una clave pública. Compare las huellas por otro canal para asegurarse de que nadie cambió una clave.',
  'refkeys.how.limit':
    'Quien controle el servidor podría modificar la propia aplicación web: para el trabajo más sensible, use también la herramienta de línea de comandos.',
  'errors.reason.referral.no-receiver-key':
    'Esta organización aún no tiene clave de remisiones: no puede recibir remisiones cifradas. Su punto focal la configura en la página Claves de remisión; elija otra organización o póngase en contacto con ella.',
  'errors.reason.referral.focal-point-required':
    'Solo un punto focal socio de su organización revoca el acceso a la clave de la organización.',
  'refkeys.rotate.required':
    'Un miembro que tenía esta clave se fue, perdió su rol de remisiones, fue desactivado o se revocó su copia. No se puede enviar ninguna remisión desde o hacia {organisation} hasta que un punto focal que tenga la clave la renueve.',
  'errors.code.referral.rotation_required':
    'Su organización debe renovar su clave de remisiones antes de enviar: un miembro que la tenía se fue o perdió el acceso. Un punto focal la renueva en la página Claves de remisión.',
  'errors.code.referral.receiver_rotation_required':
    'La organización receptora debe renovar su clave de remisiones antes de recibir remisiones (un miembro que la tenía se fue). Inténtelo más tarde o contacte con su punto focal.',
  'refkeys.recover.title': 'Tengo el código de recuperación',
  'refkeys.recover.intro':
    'Si nadie que tenga la clave de su organización puede concedérsela (se fue o perdió su frase de paso), escriba el código de recuperación impreso cuando se creó o se rotó por última vez la clave. Se comprueba en este dispositivo y nunca se envía.',
  'refkeys.recover.code': 'Código de recuperación',
  'refkeys.recover.submit': 'Recuperar la clave',
  'refkeys.recover.working': 'Comprobando el código en este dispositivo…',
  'refkeys.recover.empty': 'Escriba el código de recuperación.',
  'refkeys.recover.done': 'Recuperada: ahora tiene la clave de su organización (huella {fingerprint}).',
  'refkeys.recover.doneRotate':
    'Recuperada: ahora tiene la clave de su organización (huella {fingerprint}). Un miembro que la tenía se fue: desbloquee su clave y luego rote la clave de la organización más abajo.',
  'refkeys.recover.wrongCode':
    'Este código no abre la clave actual de su organización. Compruébelo: un código impreso antes de la última rotación ya no sirve. No se ha cambiado nada.',
  'refkeys.recover.mismatch':
    'La copia de recuperación no corresponde a la clave actual de su organización ni a su historial. No se ha cambiado nada: avise a los puntos focales de su organización.',
  'errors.code.referral.holder_required':
    'Solo quien tiene la clave actual de su organización puede rotarla: pida a un titular que se la conceda, o recupérela con el código impreso. No se cambió nada.',
  'errors.code.referral.focal_point_required':
    'Solo un punto focal socio de la organización puede hacer esto.',
  'errors.code.referral.recovery_proof_failed':
    'La prueba de recuperación es incorrecta o ha caducado. No se ha cambiado nada: empiece de nuevo la recuperación.',
  'errors.code.referral.already_holder':
    'Ya tiene la clave actual de su organización: no hay nada que recuperar.',
  'errors.code.referral.no_recovery_copy':
    'No existe una copia de recuperación de la clave actual de su organización.',
  'errors.code.referral.recovery_key_changed':
    'La clave de su organización cambió mientras la recuperaba. Empiece de nuevo con el código de recuperación más reciente.',
  'errors.code.referral.no_user_key': 'Primero cree su propia clave de remisión.',
};
