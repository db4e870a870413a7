import type { referralKeysEn } from './keys-en';

type Messages = { readonly [K in keyof typeof referralKeysEn]: string };

/** Mensagens em português da página das chaves de encaminhamento (/referrals/keys). */
export const referralKeysPt: Messages = {
  'refkeys.nav': 'Chaves',
  'refkeys.title': 'Chaves de encaminhamento',
  'refkeys.intro':
    'Os encaminhamentos são cifrados no dispositivo de quem envia e decifrados apenas nos dispositivos dos membros autorizados da organização destinatária. Configure aqui a sua chave e a da sua organização.',
  'refkeys.cancel': 'Cancelar',
  'refkeys.empty.noOrgKey':
    'A sua organização ainda não tem chave de encaminhamento: os parceiros não lhe podem enviar encaminhamentos, nem ela os pode enviar, até que um ponto focal a crie.',
  'refkeys.empty.link': 'Configurar as chaves de encaminhamento',
  'refkeys.empty.noUserKey':
    'Ainda não tem chave de encaminhamento. É você que a cria, neste dispositivo, com uma frase-passe que só você conhece.',
  'refkeys.empty.createLink': 'Criar a sua chave de encaminhamento',
  'refkeys.passphrase.new': 'Nova frase-passe de encaminhamento',
  'refkeys.passphrase.hint':
    'Pelo menos {min} caracteres: várias palavras, ou uma mistura de letras, algarismos e símbolos. Não a sua palavra-passe de acesso. Nunca é enviada: se a perder, ninguém pode recuperar a sua chave.',
  'refkeys.passphrase.confirm': 'Escreva de novo a frase-passe',
  'refkeys.passphrase.show': 'Mostrar as frases-passe ao escrever',
  'refkeys.passphrase.mismatch': 'As duas frases-passe são diferentes.',
  'refkeys.passphrase.problem.too-short': 'Demasiado curta.',
  'refkeys.passphrase.problem.too-simple':
    'Demasiado fácil de adivinhar: use pelo menos quatro palavras, ou misture maiúsculas, algarismos e símbolos, ou torne-a mais longa.',
  'refkeys.passphrase.problem.repetitive': 'Uma repetição ou uma sequência é fácil de adivinhar.',
  'refkeys.passphrase.problem.personal': 'Não use o seu nome nem o seu endereço de e-mail.',
  'refkeys.passphrase.strength.weak': 'Robustez: insuficiente',
  'refkeys.passphrase.strength.fair': 'Robustez: aceitável',
  'refkeys.passphrase.strength.good': 'Robustez: boa',
  'refkeys.passphrase.strength.strong': 'Robustez: forte',
  'refkeys.user.title': 'A sua chave de encaminhamento',
  'refkeys.user.none': 'Ainda não tem chave de encaminhamento.',
  'refkeys.user.createIntro':
    'O seu navegador cria agora um par de chaves. A parte privada é trancada com a sua frase-passe antes de qualquer envio: o servidor recebe apenas a chave pública e a chave privada trancada.',
  'refkeys.user.create': 'Criar a minha chave',
  'refkeys.user.creating': 'A criar a chave (alguns segundos)…',
  'refkeys.user.created':
    'A sua chave de encaminhamento está pronta. A sua impressão digital é {fingerprint}: quem detém a chave da sua organização pode agora concedê-la a si, depois de comparar esta impressão digital consigo.',
  'refkeys.change.title': 'Mudar a frase-passe',
  'refkeys.change.intro':
    'A sua chave é desbloqueada aqui com a frase-passe atual e trancada de novo com a nova. A chave em si não muda: continua a ler todos os encaminhamentos, antigos e novos.',
  'refkeys.change.current': 'Frase-passe atual',
  'refkeys.change.wrongCurrent': 'Esta não é a frase-passe atual da sua chave.',
  'refkeys.change.submit': 'Mudar a frase-passe',
  'refkeys.change.busy': 'A mudar (alguns segundos)…',
  'refkeys.change.done': 'Frase-passe mudada. Use a nova a partir de agora.',
  'refkeys.replace.title': 'Esqueceu a frase-passe? Substitua a sua chave',
  'refkeys.replace.warning':
    'Uma nova chave substitui a anterior: a sua cópia da chave da organização desaparece com ela, e quem a detém tem de lha conceder de novo antes de poder ler encaminhamentos. Nada do que já está cifrado se perde para a sua organização.',
  'refkeys.replace.understood': 'Compreendo que a chave da organização terá de me ser concedida de novo',
  'refkeys.replace.confirmNeeded': 'Marque a caixa para confirmar.',
  'refkeys.replace.submit': 'Substituir a minha chave',
  'refkeys.org.title': 'A chave de encaminhamento de {organisation}',
  'refkeys.org.none':
    '{organisation} ainda não tem chave de encaminhamento: os parceiros não lhe podem enviar encaminhamentos cifrados, nem ela os pode enviar.',
  'refkeys.org.ownKeyFirst':
    'Crie primeiro a sua própria chave (acima); depois poderá criar a da organização.',
  'refkeys.org.askFocalPoint':
    'Um ponto focal parceiro da sua organização cria-a nesta página. Entretanto, crie a sua própria chave para que lha possam conceder.',
  'refkeys.org.createIntro':
    'Como ponto focal, é você que cria a chave da sua organização. É criada neste dispositivo e concedida primeiro a si; depois concede-a aos colegas que tenham a sua própria chave.',
  'refkeys.org.prepare': 'Preparar a chave da organização',
  'refkeys.org.preparing': 'A preparar (alguns segundos)…',
  'refkeys.org.create': 'Criar a chave da organização',
  'refkeys.org.saving': 'A guardar…',
  'refkeys.org.created':
    'A chave da organização foi criada (impressão digital {fingerprint}). Os parceiros já lhe podem enviar encaminhamentos. Conceda-a aos seus colegas abaixo.',
  'refkeys.org.youHold':
    'Detém esta chave: pode ler os encaminhamentos da sua organização neste dispositivo.',
  'refkeys.org.askGrant':
    'Ainda não detém esta chave: peça a um colega que a detenha que lha conceda (compare com ele a impressão digital da sua chave).',
  'refkeys.org.createOwnFirst':
    'Crie primeiro a sua própria chave (acima) e depois peça a quem a detém que lhe conceda esta chave.',
  'refkeys.recovery.before':
    'Será mostrado um código de recuperação uma única vez. Se todos os detentores perderem a sua chave e o código também se perder, os encaminhamentos já recebidos nunca mais poderão ser lidos.',
  'refkeys.recovery.title': 'Guarde o código de recuperação',
  'refkeys.recovery.intro':
    'Este código pode restaurar a chave de encaminhamento de {organisation} se todos os detentores perderem o acesso. Só é mostrado agora e nunca é enviado ao servidor.',
  'refkeys.recovery.download': 'Descarregar o código de recuperação (ficheiro de texto)',
  'refkeys.recovery.keep':
    'Imprima-o ou copie-o à mão e guarde-o fechado à chave, longe de qualquer dispositivo. Apague o ficheiro descarregado depois de impresso.',
  'refkeys.recovery.saved': 'Guardei o código de recuperação num lugar seguro',
  'refkeys.recovery.confirmNeeded': 'Confirme primeiro que guardou o código de recuperação.',
  'refkeys.recovery.cancel': 'Recomeçar',
  'refkeys.recovery.fileTitle': 'Steward: código de recuperação da chave de encaminhamento de {organisation}',
  'refkeys.recovery.fileFingerprint': 'Impressão digital da chave',
  'refkeys.recovery.fileCode': 'Código de recuperação',
  'refkeys.recovery.fileAdvice':
    'Imprima isto e guarde-o fechado à chave, longe de qualquer dispositivo; depois apague este ficheiro. Quem tiver este código pode ler os encaminhamentos da organização com uma cópia da base de dados.',
  'refkeys.members.title': 'Quem detém a chave',
  'refkeys.members.intro':
    'Assistentes sociais e pontos focais da sua organização. Antes de conceder, compare a impressão digital com a pessoa, pessoalmente ou por telefone.',
  'refkeys.members.name': 'Nome',
  'refkeys.members.role': 'Função',
  'refkeys.members.fingerprint': 'Impressão digital da chave',
  'refkeys.members.access': 'Acesso',
  'refkeys.members.actions': 'Ações',
  'refkeys.members.you': '(você)',
  'refkeys.members.noKey': 'Ainda sem chave',
  'refkeys.members.holder': 'Detém a chave',
  'refkeys.members.waiting': 'À espera de concessão',
  'refkeys.members.noAccess': 'Não tem chave própria',
  'refkeys.members.grant': 'Conceder a {name}',
  'refkeys.members.revoke': 'Revogar {name}',
  'refkeys.members.unlockToGrant': 'Desbloqueie a sua chave (acima) para conceder',
  'refkeys.members.empty': 'A sua organização não tem assistentes sociais nem pontos focais.',
  'refkeys.members.granted': '{name} detém agora a chave da organização.',
  'refkeys.members.revoked': '{name} já não detém a chave da organização.',
  'refkeys.grant.title': 'Conceder a chave da organização a {name}',
  'refkeys.grant.text':
    'Compare esta impressão digital com a que {name} vê na sua própria página de chaves (pessoalmente ou por telefone). Conceda apenas se coincidirem.',
  'refkeys.grant.confirm': 'As impressões digitais coincidem: conceder',
  'refkeys.revoke.title': 'Revogar o acesso de {name} à chave da organização',
  'refkeys.revoke.text':
    'A cópia da chave da organização de {name} é apagada do servidor: já não a pode abrir num dispositivo. Os encaminhamentos que já leu não podem ser retirados.',
  'refkeys.revoke.rotation':
    'A chave pode ter ficado num dispositivo que usou: rode a chave logo a seguir (abaixo) para que os futuros encaminhamentos usem uma chave nova que nunca teve.',
  'refkeys.revoke.confirm': 'Revogar',
  'refkeys.rotate.title': 'Rodar a chave da organização',
  'refkeys.rotate.intro':
    'Uma nova chave da organização substitui a atual para os novos encaminhamentos. É concedida aos detentores atuais, e as chaves antigas ficam guardadas dentro dela para que todos os encaminhamentos anteriores continuem legíveis. Os parceiros verão uma nova impressão digital.',
  'refkeys.rotate.prepare': 'Preparar a nova chave',
  'refkeys.rotate.submit': 'Rodar a chave',
  'refkeys.rotate.unlockFirst': 'Desbloqueie a sua chave (acima) para rodar a chave da organização.',
  'refkeys.rotate.afterRevoke':
    'Rode agora a chave da organização (abaixo), para que {name} não possa ler futuros encaminhamentos com uma cópia que tenha guardado.',
  'refkeys.rotate.done':
    'A chave da organização foi rodada (nova impressão digital {fingerprint}). Desbloqueie de novo a sua chave para continuar.',
  'refkeys.how.title': 'Como funcionam as chaves de encaminhamento',
  'refkeys.how.device':
    'A sua chave é criada no seu dispositivo; a sua frase-passe e a sua chave privada nunca saem dele. O servidor só guarda o que não consegue ler.',
  'refkeys.how.org':
    'A chave da sua organização abre os encaminhamentos que envia e recebe. Cada detentor tem uma cópia trancada com a sua própria chave; só um detentor a pode conceder.',
  'refkeys.how.fingerprints':
    'Uma impressão digital é um breve resumo de uma chave pública. Compare as impressões digitais por outro canal para ter a certeza de que ninguém trocou uma chave.',
  'refkeys.how.limit':
    'Quem controla o servidor poderia alterar a própria aplicação web: para o trabalho mais sensível, use também a ferramenta de linha de comandos.',
  'errors.reason.referral.no-receiver-key':
    'Esta organização ainda não tem chave de encaminhamento: não pode receber encaminhamentos cifrados. O seu ponto focal configura-a na página Chaves de encaminhamento; escolha outra organização ou contacte-a.',
  'errors.reason.referral.focal-point-required':
    'Só um ponto focal parceiro da sua organização revoga o acesso à chave da organização.',
  'refkeys.rotate.required':
    'Um membro que detinha esta chave saiu, perdeu o papel de encaminhamentos, foi desativado ou teve a sua cópia revogada. Nenhum encaminhamento pode ser enviado de ou para {organisation} até que um ponto focal que detenha a chave a renove.',
  'errors.code.referral.rotation_required':
    'A sua organização tem de renovar a chave de encaminhamentos antes de enviar: um membro que a detinha saiu ou perdeu o acesso. Um ponto focal renova-a na página Chaves de encaminhamento.',
  'errors.code.referral.receiver_rotation_required':
    'A organização recetora tem de renovar a chave de encaminhamentos antes de receber encaminhamentos (um membro que a detinha saiu). Tente mais tarde ou contacte o seu ponto focal.',
  'refkeys.recover.title': 'Tenho o código de recuperação',
  'refkeys.recover.intro':
    'Se ninguém que detém a chave da sua organização lha puder conceder (saiu ou perdeu a frase-passe), escreva o código de recuperação impresso quando a chave foi criada ou rodada pela última vez. É verificado neste dispositivo e nunca enviado.',
  'refkeys.recover.code': 'Código de recuperação',
  'refkeys.recover.submit': 'Recuperar a chave',
  'refkeys.recover.working': 'A verificar o código neste dispositivo…',
  'refkeys.recover.empty': 'Escreva o código de recuperação.',
  'refkeys.recover.done':
    'Recuperada: agora detém a chave da sua organização (impressão digital {fingerprint}).',
  'refkeys.recover.doneRotate':
    'Recuperada: agora detém a chave da sua organização (impressão digital {fingerprint}). Um membro que a detinha saiu: desbloqueie a sua chave e depois rode a chave da organização abaixo.',
  'refkeys.recover.wrongCode':
    'Este código não abre a chave atual da sua organização. Verifique-o: um código impresso antes da última rotação já não funciona. Nada foi alterado.',
  'refkeys.recover.mismatch':
    'A cópia de recuperação não corresponde à chave atual da sua organização nem ao seu histórico. Nada foi alterado: avise os pontos focais da sua organização.',
  'errors.code.referral.holder_required':
    'Só quem detém a chave atual da sua organização a pode rodar: peça a um detentor que lha conceda, ou recupere-a com o código impresso. Nada foi alterado.',
  'errors.code.referral.focal_point_required': 'Só um ponto focal parceiro da organização pode fazer isto.',
  'errors.code.referral.recovery_proof_failed':
    'A prova de recuperação está errada ou expirou. Nada foi alterado: comece de novo a recuperação.',
  'errors.code.referral.already_holder':
    'Já detém a chave atual da sua organização: não há nada a recuperar.',
  'errors.code.referral.no_recovery_copy':
    'Não existe cópia de recuperação da chave atual da sua organização.',
  'errors.code.referral.recovery_key_changed':
    'A chave da sua organização mudou durante a recuperação. Comece de novo com o código de recuperação mais recente.',
  'errors.code.referral.no_user_key': 'Crie primeiro a sua própria chave de encaminhamento.',
};
