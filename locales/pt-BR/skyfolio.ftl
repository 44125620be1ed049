# Skyfolio, português (Brasil).
# Todo texto que uma pessoa vê no Skyfolio fica aqui. Os ids são em kebab-case `area-thing[-state]`;
# as mensagens de erro são `error-<code>`, uma para cada código que o app pode informar.

## A janela

app-title = Skyfolio
page-loading = Carregando…
nav-label = Seções
nav-photos = Fotos
nav-albums = Álbuns
nav-trash = Lixeira
nav-storage = Armazenamento
nav-devices = Dispositivos
nav-account = Conta

## Primeiro uso

welcome-title = Boas-vindas ao Skyfolio
welcome-lead = Suas fotos e vídeos em todos os computadores que você usa e em uma nuvem que é sua.
welcome-local-title = Usar uma nuvem local neste computador
welcome-local-body = Comece agora mesmo: o Skyfolio guarda uma segunda cópia das suas fotos, em segurança, em uma pasta própria neste computador. Depois, você pode passar para um servidor.
welcome-local-button = Começar com uma nuvem local
welcome-local-starting = Iniciando…
welcome-server-title = Entrar em um servidor do Skyfolio
welcome-server-body = Use o servidor da sua família ou da sua empresa, ou o seu próprio.
welcome-server = Endereço do servidor
welcome-email = E-mail
welcome-password = Senha
welcome-register = Criar uma conta neste servidor
welcome-invite = Código de convite (se o administrador do servidor lhe deu um)
welcome-sign-in-button = Entrar
welcome-register-button = Criar conta

## A barra de ferramentas

add-photos = Adicionar fotos
add-photos-dialog = Escolha as fotos e os vídeos que serão enviados
add-folder = Adicionar pasta
add-folder-dialog = Escolha uma pasta para enviar
filter-label = Mostrar
filter-all = Tudo
filter-photos = Fotos
filter-videos = Vídeos
selection-count = { $count ->
    [one] { $count } selecionado
   *[other] { $count } selecionados
}
selection-download = Baixar
selection-trash = Mover para a lixeira
selection-clear = Limpar seleção

## A linha do tempo

gallery-label = Fotos e vídeos, dos mais recentes aos mais antigos
gallery-loading = Carregando suas fotos…
gallery-empty-title = Suas fotos vão aparecer aqui
gallery-empty = Arraste fotos e vídeos para esta janela ou escolha Adicionar fotos.
gallery-count = { $count ->
    [one] { $count } item
    [many] { $count } de itens
   *[other] { $count } itens
}
gallery-count-more = { $count ->
    [one] { $count } item até agora…
    [many] { $count } de itens até agora…
   *[other] { $count } itens até agora…
}
# $day é uma data escrita por extenso.
gallery-select-day = Selecionar todos os itens de { $day }
gallery-day-count = { $count ->
    [one] { $count } item
    [many] { $count } de itens
   *[other] { $count } itens
}
gallery-photo = Foto
gallery-video = Vídeo
place-this-computer = Só neste computador
place-cloud = Só na nuvem
place-both = Neste computador e na nuvem
tile-uploading = Enviando
tile-failed = Não foi possível enviar

## O visualizador

viewer-label = Visualizador de fotos
viewer-previous = Anterior
viewer-next = Próximo
viewer-zoom-in = Aumentar zoom
viewer-zoom-out = Diminuir zoom
viewer-info = Detalhes
viewer-download = Baixar
viewer-trash = Mover para a lixeira
viewer-close = Fechar
viewer-counter = { $position } de { $count }
viewer-photo-alt = Foto tirada em { $date }
viewer-no-preview = Este item não tem pré-visualização.
info-date = Data de captura
info-size = Tamanho
info-dimensions = Dimensões
info-dimensions-value = { $width } × { $height }
info-duration = Duração
info-camera = Câmera
info-place = Local
info-where = Onde está
info-file = Arquivo
info-cloud-path = Na nuvem

## Envios e downloads

drop-here = Solte para enviar
upload-album-title = { $count ->
    [one] Enviar { $count } item para qual álbum?
    [many] Enviar { $count } de itens para qual álbum?
   *[other] Enviar { $count } itens para qual álbum?
}
upload-album-label = Álbum
upload-album-default = Envios
upload-finished = { $count ->
    [0] Nenhum item foi enviado.
    [one] { $count } item enviado.
    [many] { $count } de itens enviados.
   *[other] { $count } itens enviados.
}
download-dialog = Escolha onde salvar os originais
download-finished = { $count ->
    [0] Nenhum item foi baixado.
    [one] { $count } item baixado.
    [many] { $count } de itens baixados.
   *[other] { $count } itens baixados.
}
download-only-here = { $count ->
    [one] { $count } item só existe neste computador, então não será baixado.
    [many] { $count } de itens só existem neste computador, então não serão baixados.
   *[other] { $count } itens só existem neste computador, então não serão baixados.
}
transfers-label = Envios e downloads
transfer-upload-running = Enviando { $done } de { $total }
transfer-upload-paused = Envio pausado, { $done } de { $total }
transfer-upload-done = { $done } de { $total } enviados
transfer-upload-cancelled = Envio cancelado
transfer-upload-failed = Envio concluído com problemas
transfer-download-running = Baixando { $done } de { $total }
transfer-download-paused = Download pausado, { $done } de { $total }
transfer-download-done = { $done } de { $total } baixados
transfer-download-cancelled = Download cancelado
transfer-download-failed = Download concluído com problemas
transfer-bytes = { $done } de { $total }
transfer-file = { $name }: { $percent }
transfer-pause = Pausar
transfer-resume = Retomar
transfer-cancel = Cancelar
transfer-dismiss = Dispensar
transfer-failures = { $count ->
    [one] { $count } arquivo falhou
    [many] { $count } de arquivos falharam
   *[other] { $count } arquivos falharam
}

## Sincronização

sync-syncing = Sincronizando…
# $done conta a partir de 1: o arquivo que está sendo enviado agora.
sync-uploading = Enviando { $done } de { $total }
sync-downloading = Baixando { $done } de { $total }
sync-up-to-date = Tudo em dia
sync-up-to-date-at = Tudo em dia · { $time }
sync-pending = { $uploads } para enviar, { $downloads } para baixar
sync-failed = { $count ->
    [one] Não foi possível sincronizar { $count } arquivo
    [many] Não foi possível sincronizar { $count } de arquivos
   *[other] Não foi possível sincronizar { $count } arquivos
}
sync-signed-out = Sessão não iniciada
sync-held = { $count ->
    [one] Uma pasta aguarda a sua resposta
    [many] { $count } de pastas aguardam a sua resposta
   *[other] { $count } pastas aguardam a sua resposta
}
sync-folder-problems = { $count ->
    [one] Uma pasta não pode ser sincronizada
    [many] { $count } de pastas não podem ser sincronizadas
   *[other] { $count } pastas não podem ser sincronizadas
}

## Álbuns

albums-title = Álbuns
albums-top = Sem álbum
albums-empty = Os álbuns aparecem aqui quando você envia fotos para eles.
albums-count = { $count ->
    [one] { $countText } item
    [many] { $countText } de itens
   *[other] { $countText } itens
}
albums-download = Baixar
albums-download-all = Baixar tudo
albums-download-named = Baixar o álbum { $name }

## A lixeira

trash-title = Lixeira
trash-lead = As fotos e os vídeos excluídos ficam aqui, e continuam ocupando seu armazenamento, até serem excluídos definitivamente.
trash-nothing = A lixeira está vazia.
trash-days-left = { $days ->
    [0] Exclusão definitiva hoje
    [one] Exclusão definitiva em { $days } dia
   *[other] Exclusão definitiva em { $days } dias
}
trash-restore = Restaurar
trash-restored = { $name } está de volta.
trash-delete-forever = Excluir definitivamente
trash-delete-forever-title = Excluir definitivamente?
trash-delete-forever-body = { $name } vai sumir de todos os dispositivos, e não será possível recuperar.
trash-empty-button = Esvaziar lixeira
trash-empty-title = Esvaziar a lixeira?
trash-empty-body = Tudo o que está nela vai sumir de todos os dispositivos, e não será possível recuperar.
trash-move = Mover para a lixeira
trash-move-title = { $count ->
    [one] Mover { $count } item para a lixeira?
    [many] Mover { $count } de itens para a lixeira?
   *[other] Mover { $count } itens para a lixeira?
}
trash-move-body = Sai de todos os dispositivos, mas você pode restaurar pela lixeira enquanto estiver lá.
trash-moved = { $count ->
    [one] { $count } item movido para a lixeira.
    [many] { $count } de itens movidos para a lixeira.
   *[other] { $count } itens movidos para a lixeira.
}
trash-only-here = Estes itens estão só neste computador: exclua-os da pasta onde estão.

## Armazenamento

storage-title = Armazenamento
storage-used = { $used } de { $quota } usados
storage-used-disk = { $used } usados · { $free } livres neste computador
storage-photos = Fotos
storage-videos = Vídeos
storage-other = Outros arquivos
storage-trash = Lixeira
storage-free-title = Liberar espaço
storage-empty-trash = Esvaziar a lixeira
storage-largest-videos = Maiores vídeos
storage-no-videos = Nenhum vídeo ainda.
storage-duplicates = A mesma foto com vários nomes
storage-no-duplicates = Nenhuma foto está duplicada.
storage-move-to-trash = Mover para a lixeira
storage-uploads-title = Envios em andamento
storage-uploads-lead = Arquivos a caminho da nuvem ocupam { $size } do seu armazenamento até chegarem. Um dispositivo que ainda os envia continua sozinho; cancele os que não vão chegar.
storage-upload-detail = De { $device } · { $done } de { $size }
storage-upload-unknown-device = outro dispositivo
storage-upload-cancel = Cancelar envio

## Dispositivos

devices-title = Dispositivos
devices-lead = Todos os computadores e celulares conectados à sua conta. Se você desvincular um deles, ele para de sincronizar na hora.
devices-this = Este computador
devices-never = nunca
devices-meta = { $platform } · última atividade: { $seen } · última sincronização: { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Desvincular
devices-unlink-title = Desvincular { $name }?
devices-unlink-body = Ele para de sincronizar na hora e vai precisar entrar de novo para voltar. As fotos que estão nele continuam lá.

## Conta

account-title = Conta
account-where = Nuvem
account-local-cloud = Uma nuvem local neste computador
account-email = Conta
account-local-owner = Você, neste computador
account-device = Este computador
account-folders = Pastas sincronizadas
account-no-folders = Nenhuma pasta ainda. Adicione uma para mantê-la sincronizada com a nuvem nos dois sentidos.
account-add-folder = Adicionar uma pasta
account-add-folder-dialog = Escolha uma pasta para manter sincronizada
account-sign-out = Sair
account-sign-out-title = Manter suas fotos neste computador?
account-sign-out-body = Você está saindo da conta. As fotos e os vídeos das suas pastas sincronizadas podem ficar aqui, ou os que já estão seguros na nuvem podem ir para a lixeira do computador.
account-sign-out-keep = Manter e sair
account-sign-out-remove = Remover
account-sign-out-remove-title = Remover as fotos deste computador?
account-sign-out-remove-body = Todas as fotos e vídeos que estão seguros na nuvem vão para a lixeira deste computador. Os arquivos que só existem aqui ficam onde estão.
mode-two-way = Nos dois sentidos
mode-upload-only = Backup: deste computador para a nuvem
mode-download-only = Da nuvem para este computador
folder-state-ok = Pronta
folder-state-missing = Não encontrada (um disco desconectado?)
folder-state-error = Não é possível ler
folder-state-emptied = Vazia, embora tivesse fotos

## Configurações

nav-settings = Configurações
settings-title = Configurações
settings-language = Idioma
settings-language-system = O mesmo deste computador ({ $language })
settings-language-hint = A janela, a bandeja e as notificações mudam na hora.
settings-folders = Pastas neste computador
settings-folders-hint = Cada pasta sincroniza com a nuvem do seu jeito. Remover uma pasta só interrompe a sincronização dela: as fotos continuam onde estão.
# $path é o local da pasta neste computador.
settings-folder-mode = Como sincronizar { $path }
settings-folder-whole-cloud = A nuvem inteira
settings-folder-album = Álbum “{ $album }”
settings-folder-paused = Pausada
settings-folder-pause = Pausar
settings-folder-resume = Retomar
settings-folder-remove = Remover
settings-folder-remove-title = Parar de sincronizar { $path }?
settings-folder-remove-body = As fotos e os vídeos dela continuam neste computador e na nuvem. Você pode adicionar a pasta de novo quando quiser.
settings-sync = Sincronização
settings-transfers = Arquivos enviados ou baixados ao mesmo tempo
settings-upload-limit = Velocidade de envio
settings-download-limit = Velocidade de download
settings-limit-none = O mais rápido possível
# $size é um tamanho como “1 MB”.
settings-limit-rate = No máximo { $size }/s
settings-deletions = Quando uma foto é excluída de um lado
settings-deletions-ask = Excluir do outro lado também, mas perguntar antes quando forem muitas de uma vez
settings-deletions-send = Sempre excluir do outro lado também
settings-deletions-never = Manter do outro lado até eu confirmar
settings-deletions-hint = As fotos excluídas vão para a lixeira, seja de que lado for, e nunca somem na hora.
settings-app = Este computador
settings-start-at-login = Abrir o Skyfolio ao entrar no sistema
settings-close-to-tray = Continuar sincronizando na bandeja quando a janela for fechada
settings-notifications = Mostrar notificações
settings-phone = Seu celular
settings-phone-switch = Deixar meu celular acessar este computador
settings-phone-hint = Com isto ligado, celulares e outros aparelhos na mesma rede (Wi-Fi) podem abrir o Skyfolio deste computador no navegador. Na sua rede de casa a conexão não é criptografada: ligue em casa, não em Wi-Fi público.
settings-phone-qr = Código QR para entrar pelo celular
settings-phone-address = Endereço para o seu celular
# $time é quando o código deixa de valer: um horário (com a data, se não for logo).
settings-phone-scan = Escaneie com a câmera do celular ou abra o endereço no navegador dele. O código serve para entrar no celular uma única vez e vale até { $time }.
settings-phone-new-code = Novo código
settings-phone-expired = Este código expirou. Escolha “Novo código” para gerar outro.
settings-phone-no-network = Este computador não está em nenhuma rede que um celular consiga acessar. Conecte-o ao seu Wi-Fi e escolha “Novo código”.
settings-cache = Cache de miniaturas
settings-cache-hint = Imagens pequenas guardadas para a linha do tempo aparecer rápido. Se você limpar, elas são geradas de novo conforme você rola a tela.
settings-cache-size = { $size } neste computador
settings-cache-clear = Limpar
settings-cache-cleared = Cache de miniaturas limpo
settings-account = Servidor e conta
settings-account-open = Gerenciar a conta

## Estado da sincronização

nav-health = Sincronização
health-title = Estado da sincronização
health-lead = O que está na fila, o que não pôde ser sincronizado e por quê, e o que aguarda a sua confirmação.
health-last-success = Última sincronização completa
health-never = Nunca
health-pending = Na fila
health-nothing-pending = Nada
# $count é o número de arquivos que falharam.
health-failed = { $count ->
    [one] Não foi possível sincronizar { $count } arquivo
    [many] Não foi possível sincronizar { $count } de arquivos
   *[other] Não foi possível sincronizar { $count } arquivos
}
health-direction-upload = Envio
health-direction-download = Download
# $direction é Envio ou Download; $reason diz o motivo; $next é quando será tentado de novo.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] { $attempts } tentativa
    [many] { $attempts } de tentativas
   *[other] { $attempts } tentativas
}, nova tentativa { $next }
health-retry = Tentar de novo agora
health-retried = { $count ->
    [one] Tentando de novo { $count } arquivo
    [many] Tentando de novo { $count } de arquivos
   *[other] Tentando de novo { $count } arquivos
}
health-held-folder-empty = Esta pasta está vazia, embora tivesse fotos. Nada é feito nela até você responder: traga-as de volta da nuvem ou exclua-as da nuvem também.
health-held-album-empty = A nuvem não tem mais nada para esta pasta, embora tivesse. Nada é feito nela até você responder: devolva-as para a nuvem ou mova-as também para a lixeira deste computador.
health-held-many = { $count ->
    [one] { $count } exclusão aguarda a sua resposta.
    [many] { $count } de exclusões de uma vez aguardam a sua resposta.
   *[other] { $count } exclusões de uma vez aguardam a sua resposta.
}
health-held-always-ask = { $count ->
    [one] { $count } exclusão aguarda a sua resposta, como pedem as configurações.
    [many] { $count } de exclusões aguardam a sua resposta, como pedem as configurações.
   *[other] { $count } exclusões aguardam a sua resposta, como pedem as configurações.
}
health-held-to-cloud = para a lixeira da nuvem
health-held-to-trash = para a lixeira deste computador
health-held-more = e mais { $count }
health-held-delete = Excluir do outro lado também
health-held-restore = Trazer de volta
health-apply-title = { $count ->
    [one] Excluir { $count } foto do outro lado também?
    [many] Excluir { $count } de fotos do outro lado também?
   *[other] Excluir { $count } fotos do outro lado também?
}
health-apply-body = Elas vão para a lixeira de lá, onde podem ser restauradas por 30 dias.
health-rename-twin = Dar um nome próprio
health-renamed-twin = Renomeado na nuvem para { $name }.
health-not-synced = { $count ->
    [one] { $count } arquivo ficou de fora
    [many] { $count } de arquivos ficaram de fora
   *[other] { $count } arquivos ficaram de fora
}
health-all-good = Tudo em dia.
health-diagnostics = Diagnóstico
health-diagnostics-hint = Um arquivo com versões, configurações, o estado da sincronização e registros recentes, para quem for ajudar você. Não contém fotos, senhas nem tokens.
health-diagnostics-save = Salvar diagnóstico…
health-diagnostics-dialog = Salvar diagnóstico
# $path é onde o arquivo foi salvo; $size, o tamanho dele.
health-diagnostics-saved = Salvo em { $path } ({ $size })

## Notificações

notice-sync-finished-title = Sincronização concluída
notice-sync-finished-body = { $uploaded ->
    [one] { $uploaded } arquivo enviado
    [many] { $uploaded } de arquivos enviados
   *[other] { $uploaded } arquivos enviados
}, { $downloaded ->
    [one] { $downloaded } baixado
    [many] { $downloaded } de baixados
   *[other] { $downloaded } baixados
}.
notice-failed-title = { $count ->
    [one] Não foi possível sincronizar { $count } arquivo
    [many] Não foi possível sincronizar { $count } de arquivos
   *[other] Não foi possível sincronizar { $count } arquivos
}
notice-failed-body = Abra o Skyfolio e vá em Sincronização para ver o motivo e tentar de novo.
notice-signed-out-title = Sincronização interrompida
notice-signed-out-body = Este computador foi desconectado da conta. Entre de novo para continuar sincronizando; suas fotos continuam onde estão.
notice-unlinked-body = Este computador foi desvinculado da conta. Entre de novo para continuar sincronizando; suas fotos continuam onde estão.
notice-storage-title = Armazenamento na nuvem quase cheio
# $percent é um número inteiro.
notice-storage-body = { $percent }% do espaço já está em uso. Esvazie a lixeira ou remova vídeos grandes para continuar fazendo backup.
notice-tray-title = O Skyfolio continua sincronizando
notice-tray-body = Ao fechar a janela, o Skyfolio fica na bandeja. Abra ou saia do app por lá.

## Idiomas, cada um com o próprio nome

language-en-us = English
language-zh-cn = 简体中文
language-ru-ru = Русский
language-es-es = Español
language-pt-br = Português (Brasil)
language-hi-in = हिन्दी
language-id-id = Bahasa Indonesia
language-de-de = Deutsch
language-fr-fr = Français
language-ar = العربية

## A bandeja

tray-open = Abrir o Skyfolio
tray-sync-now = Sincronizar agora
tray-pause = Pausar a sincronização
tray-resume = Retomar a sincronização
tray-language = Idioma
tray-quit = Sair do Skyfolio
tray-status-paused = Sincronização pausada
tray-tooltip = Skyfolio · { $status }

## Caixas de diálogo

dialog-ok = OK
dialog-cancel = Cancelar
dialog-close = Fechar

## A linha de comando

# O que o comando `skyfolio` mostra. As linhas são curtas e começam com minúscula, como as de
# outras ferramentas de linha de comando; o que vem depois de `--` (--all, --home DIR) e
# `skyfolio …` é digitado assim mesmo e não se traduz. $path e $folder são locais neste
# computador; $reason diz por que algo falhou (uma mensagem de erro e, entre parênteses, o detalhe).
# $message é uma mensagem de erro; $detail diz o arquivo e a causa, em inglês.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = não há lugar para a biblioteca: informe --home DIR
cli-no-runtime = o Skyfolio não consegue iniciar suas threads de trabalho
cli-download-what = diga o que baixar: --all, --album NOME ou --id ID
# $language é um idioma com o nome dele no próprio idioma; $tag, o código (pt-BR).
cli-language-chosen = { $language } ({ $tag }), escolhido aqui (`skyfolio language --system` volta a seguir o idioma deste computador)
cli-language-system = { $language } ({ $tag }), o idioma deste computador (`skyfolio language TAG` escolhe outro)
cli-language-available = idiomas:
cli-language-set = o Skyfolio fala { $language } ({ $tag }) a partir de agora, aqui e no aplicativo
cli-language-set-system = o Skyfolio volta a seguir o idioma deste computador: { $language } ({ $tag })
# $languages é a lista de códigos: en-US, zh-CN…
cli-language-unknown = o Skyfolio não fala { $tag }; escolha um destes: { $languages }
# O sinal entre a parte inteira e a decimal (1,5 MB).
cli-decimal-mark = ,
# O que separa as partes de uma lista (3 enviados, 2 baixados).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } byte
    [many] { $count } de bytes
   *[other] { $count } bytes
}
# $amount é um número como 1,5.
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = nunca
cli-login-password = Senha:
cli-login-password-stdin = informe a senha pela entrada padrão com --password-stdin
cli-login-password-unread = não foi possível ler a senha
# $device é o nome com que este computador aparece entre os dispositivos vinculados.
cli-login-done = conectado a { $server } como { $email } (este computador se chama “{ $device }”; o token fica guardado { $store ->
    [keychain] no chaveiro
   *[file] em um arquivo privado
})
cli-logout-server-not-told = não foi possível avisar o servidor; este computador esqueceu o token dele
cli-logout-trashed = { $count ->
    [one] você saiu; { $count } foto ou vídeo sincronizado foi para a lixeira
    [many] você saiu; { $count } de fotos e vídeos sincronizados foram para a lixeira
   *[other] você saiu; { $count } fotos e vídeos sincronizados foram para a lixeira
}
cli-logout-kept = você saiu; suas fotos continuam neste computador
# $done é a lista do que uma passagem fez (as mensagens abaixo), ou “em dia”.
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = { $count ->
    [one] { $count } enviado
   *[other] { $count } enviados
}
cli-sync-downloaded = { $count ->
    [one] { $count } baixado
   *[other] { $count } baixados
}
cli-sync-moved = { $count ->
    [one] { $count } movido
   *[other] { $count } movidos
}
cli-sync-trashed-in-cloud = { $count ->
    [one] { $count } enviado para a lixeira da nuvem
   *[other] { $count } enviados para a lixeira da nuvem
}
cli-sync-trashed-here = { $count ->
    [one] { $count } movido para a lixeira deste computador
   *[other] { $count } movidos para a lixeira deste computador
}
cli-sync-conflicts = { $count ->
    [one] { $count } arquivo mantido nas duas versões
    [many] { $count } de arquivos mantidos nas duas versões
   *[other] { $count } arquivos mantidos nas duas versões
}
cli-sync-in-step = em dia
cli-sync-settling-wait = { $count ->
    [one] aguardando { $count } arquivo que ainda está sendo gravado…
    [many] aguardando { $count } de arquivos que ainda estão sendo gravados…
   *[other] aguardando { $count } arquivos que ainda estão sendo gravados…
}
cli-sync-settling = { $count ->
    [one] { $count } arquivo ainda está sendo gravado: ainda não enviado
    [many] { $count } de arquivos ainda estão sendo gravados: ainda não enviados
   *[other] { $count } arquivos ainda estão sendo gravados: ainda não enviados
}
cli-sync-skipped = { $count ->
    [one] { $count } arquivo mudou durante a sincronização: fica para a próxima passada
    [many] { $count } de arquivos mudaram durante a sincronização: ficam para a próxima passada
   *[other] { $count } arquivos mudaram durante a sincronização: ficam para a próxima passada
}
# $problem diz, em inglês, por que a pasta não foi sincronizada (não encontrada, ilegível).
cli-sync-folder-problem = não sincronizada: { $problem }
cli-sync-waiting = { $count ->
    [one] { $count } transferência aguarda nova tentativa
    [many] { $count } de transferências aguardam nova tentativa
   *[other] { $count } transferências aguardam nova tentativa
}
cli-held-folder-empty = a pasta está vazia, embora tivesse fotos: nada é feito nela até você responder
cli-held-album-empty = a nuvem não tem mais nada para esta pasta, embora tivesse: nada é feito nela até você responder
cli-held-many = { $count ->
    [one] { $count } arquivo iria para uma lixeira: aguarda a sua resposta
    [many] { $count } de arquivos iriam de uma vez para uma lixeira: aguardam a sua resposta
   *[other] { $count } arquivos iriam de uma vez para uma lixeira: aguardam a sua resposta
}
cli-held-always-ask = { $count ->
    [one] { $count } exclusão aguarda a sua resposta, como pedem as configurações
    [many] { $count } de exclusões aguardam a sua resposta, como pedem as configurações
   *[other] { $count } exclusões aguardam a sua resposta, como pedem as configurações
}
cli-held-to-cloud = { $path } → lixeira da nuvem
cli-held-to-trash = { $path } → lixeira deste computador
cli-held-more = e mais { $count }
cli-held-answer = responda com `skyfolio sync --delete-held { $fingerprint }` (excluir do outro lado também) ou `skyfolio sync --restore-held { $fingerprint }` (trazer de volta)
cli-held-prompt = Excluir do outro lado também (d), trazer de volta (r) ou deixar por enquanto (Enter)?{ " " }
cli-failed = falhou: { $path }: { $reason }
cli-not-synced = não sincronizado: { $path }: { $reason }
cli-status-signed-in = conectado a { $server } como { $email } (“{ $device }”)
cli-status-signed-out = sessão não iniciada
cli-status-paused = a sincronização está pausada (skyfolio resume)
# $other conta movimentações, exclusões e registros; $time é a última vez em que tudo estava em dia.
cli-status-summary = na fila: { $uploads ->
    [one] { $uploads } envio
    [many] { $uploads } de envios
   *[other] { $uploads } envios
}, { $downloads ->
    [one] { $downloads } download
    [many] { $downloads } de downloads
   *[other] { $downloads } downloads
}, { $other } outros; com falha: { $failed }; última sincronização completa: { $time }
cli-status-failed = { $direction ->
    [upload] envio
   *[download] download
} { $path }: { $reason } ({ $attempts ->
    [one] { $attempts } tentativa
    [many] { $attempts } de tentativas
   *[other] { $attempts } tentativas
})
# $mode é two-way, upload-only ou download-only, como se digita depois de --mode; $album é uma
# das duas mensagens abaixo.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = a nuvem inteira
cli-album = o álbum “{ $album }”
cli-folder-removed = { $path } removida (os arquivos dela não foram tocados)
cli-paused = sincronização pausada
cli-resumed = sincronização retomada
cli-upload-summary = { $uploaded ->
    [one] { $uploaded } enviado
   *[other] { $uploaded } enviados
}, { $already } já na nuvem, { $skipped } que não são fotos nem vídeos, { $failed } com falha
cli-download-summary = { $downloaded ->
    [one] { $downloaded } baixado
   *[other] { $downloaded } baixados
}, { $already } já estavam lá, { $failed } com falha
# $id é o identificador do item, para digitar depois de `skyfolio trash restore`; $time, quando foi excluído.
cli-trash-item = { $id }  { $path }  excluído em { $time }
cli-trash-restored = { $path } restaurado
cli-trash-emptied = a lixeira está vazia
# Cada valor é um tamanho como 1,5 GB.
cli-storage = { $used } de { $quota } usados: fotos { $photos }, vídeos { $videos }, outros { $other }, lixeira { $trash }
# $seen e $synced são datas e horas, ou “nunca”.
cli-device = { $id }  { $name } ({ $platform })  última atividade { $seen }, última sincronização { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), este computador  última atividade { $seen }, última sincronização { $synced }
cli-device-unlinked = { $id } desvinculado
# $state é um dos estados de pasta acima (Pronta, Não encontrada…).
cli-scan-not-ok = { $folder }: { $state }; nada foi alterado
cli-scan-summary = { $folder }: { $files ->
    [one] { $files } arquivo
    [many] { $files } de arquivos
   *[other] { $files } arquivos
}, { $added ->
    [one] { $added } novo
   *[other] { $added } novos
}, { $changed ->
    [one] { $changed } alterado
   *[other] { $changed } alterados
}, { $moved ->
    [one] { $moved } movido
   *[other] { $moved } movidos
}, { $deleted ->
    [one] { $deleted } excluído
   *[other] { $deleted } excluídos
}, { $unchanged } sem alteração, { $ignored } que não são fotos nem vídeos, { $failed } com falha
cli-scan-busy = ainda está sendo gravado, fica para a próxima verificação: { $path }
cli-scan-no-folders = ainda não há pastas na biblioteca: adicione uma com `skyfolio folder add DIR`
cli-thumbnails-summary = miniaturas: { $made ->
    [one] { $made } gerada
   *[other] { $made } geradas
}, { $without } sem pré-visualização, { $failed } com falha
cli-no-thumbnail = sem miniatura: { $path }: { $reason }
cli-watch-ready = acompanhando as alterações (Ctrl+C para parar)
# $reason diz, em inglês, por que o sistema não avisa das alterações.
cli-watch-not-followed = { $folder }: as alterações não são acompanhadas na hora ({ $reason }); a pasta é verificada de novo periodicamente
cli-cache-size = { $size } de miniaturas ({ $bytes ->
    [one] { $bytes } byte
    [many] { $bytes } de bytes
   *[other] { $bytes } bytes
})
cli-cache-cleared = cache de miniaturas limpo
# No lugar da data de captura, na lista da biblioteca.
cli-no-date = (sem data)
cli-import-not-a-library-folder = { $path } não é uma pasta da biblioteca: adicione-a com `skyfolio folder add { $path }`
# $how é move (mover) ou copy (copiar).
cli-import-summary = { $imported ->
    [one] { $imported } { $how ->
        [move] movido
       *[copy] copiado
    }
   *[other] { $imported } { $how ->
        [move] movidos
       *[copy] copiados
    }
}, { $duplicates } já na biblioteca, { $skipped } que não são fotos nem vídeos, { $failed } com falha
cli-info-error = erro: { $reason }
cli-info-summary = { $files ->
    [one] { $files } arquivo
    [many] { $files } de arquivos
   *[other] { $files } arquivos
}, { $failed ->
    [one] { $failed } ilegível
   *[other] { $failed } ilegíveis
}
cli-info-size-unknown = dimensões desconhecidas
# $mime é um tipo como image/jpeg; $dimensions é largura×altura em pixels, ou “dimensões
# desconhecidas”; $size, o tamanho do arquivo; $seconds, a duração de um vídeo.
cli-info-what = { $kind ->
    [photo] foto
   *[video] vídeo
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] foto
   *[video] vídeo
} ({ $mime }), { $dimensions }, { $seconds } s, { $size }
# $time é o relógio da câmera; $source, de onde foi lido (exif-original, xmp, quicktime…).
cli-info-taken = data de captura { $time } (segundo { $source })
cli-info-no-date = data de captura desconhecida
cli-info-camera = câmera { $camera }
cli-info-place = local { $latitude }, { $longitude }
# $orientation é a orientação EXIF, de 1 a 8; $hash, o hash do conteúdo.
cli-info-orientation = orientação { $orientation }, hash { $hash }
cli-thumbs-size = o tamanho precisa ser 256 ou 1440
cli-thumbs-cannot-create = não foi possível criar { $path }
# $skipped é a soma dos três números entre parênteses.
cli-thumbs-summary = { $made ->
    [one] { $made } gerada
   *[other] { $made } geradas
}, { $skipped ->
    [one] { $skipped } ignorada
   *[other] { $skipped } ignoradas
} ({ $there } já geradas, { $unsupported } que não são fotos nem vídeos, { $without } sem pré-visualização), { $failed } com falha
cli-thumbs-no-preview = sem pré-visualização: { $path }: { $reason }

## Erros, por código

error-io = O Skyfolio não conseguiu ler ou gravar um arquivo.
error-empty-file = Este arquivo está vazio.
error-unsupported-format = O Skyfolio não consegue mostrar este tipo de arquivo.
error-too-large = Esta imagem é grande demais para ser aberta com segurança.
error-corrupt = Este arquivo está danificado ou incompleto.
error-timeout = A pré-visualização demorou demais para ser gerada.
error-database = Não foi possível ler os registros internos do Skyfolio. Reinicie o Skyfolio; se acontecer de novo, verifique o disco.
error-not-a-folder = Isso não é uma pasta.
error-folder-overlaps = Essa pasta está dentro de outra que já é sincronizada, ou contém uma.
error-unknown-folder = Essa pasta não está sendo sincronizada.
error-invalid-setting = Esse valor está fora do intervalo permitido.
error-invalid-server = Esse não é um endereço de servidor. Escreva assim: https://photos.example.org.
error-unreachable = Não foi possível acessar o servidor. Verifique o endereço e sua conexão; o Skyfolio tenta de novo sozinho.
error-protocol = O servidor respondeu algo que o Skyfolio não entende. É um servidor do Skyfolio da mesma versão?
error-not-signed-in = Este computador não está conectado a uma conta.
error-credentials = O Skyfolio não conseguiu guardar ou encontrar os dados de login neste computador.
error-hash-mismatch = Um arquivo chegou danificado. O Skyfolio vai buscá-lo de novo.
error-changed-meanwhile = Um arquivo mudou enquanto era enviado. O Skyfolio vai enviá-lo de novo.
error-invalid-album = Esse nome de álbum não pode ser usado. Use nomes simples, sem / no início ou no fim.
error-album-taken = Outra pasta já mantém esse álbum sincronizado nos dois sentidos.
error-nothing-selected = Nada na nuvem corresponde.
error-invalid-name = A nuvem não aceita o nome deste arquivo.
error-name-taken = Já existe outro arquivo aqui com o mesmo nome, só com maiúsculas e minúsculas diferentes.
error-invalid-path = Este nome não pode ser usado.
error-online-only = Só há um espaço reservado deste arquivo neste computador: o conteúdo dele está em uma nuvem como o OneDrive ou o iCloud Drive. O Skyfolio não o baixa por conta própria; mantenha o arquivo neste computador para incluí-lo.
error-bad-request = O servidor recusou algo que o Skyfolio enviou.
error-unsupported-media-type = O servidor recusou algo que o Skyfolio enviou.
error-headers-too-large = O servidor recusou algo que o Skyfolio enviou.
error-uri-too-long = O servidor recusou algo que o Skyfolio enviou.
error-unauthorized = Este computador foi desconectado ou desvinculado. Entre de novo para continuar sincronizando.
error-invalid-credentials = E-mail ou senha incorretos.
error-too-many-attempts = Muitas tentativas. Aguarde um pouco e tente de novo.
error-forbidden = Só o administrador do servidor pode fazer isso.
error-registration-closed = Este servidor não aceita novas contas sem convite. Peça um ao administrador dele.
error-invalid-invite = Este código de convite não funciona: pode ter sido digitado errado, já ter sido usado ou ter expirado. Peça um novo ao administrador do servidor.
error-email-taken = Já existe uma conta com este e-mail. Entre com ela.
error-weak-password = Escolha uma senha com pelo menos 8 caracteres.
error-not-found = Isso não existe mais.
error-path-taken = Já existe outro item com este nome.
error-offset-mismatch = Um envio foi interrompido. O Skyfolio vai retomá-lo.
error-checksum-mismatch = Parte de um envio chegou danificada. O Skyfolio vai enviá-la de novo.
error-size-mismatch = Um arquivo mudou enquanto era enviado. O Skyfolio vai enviá-lo de novo.
error-upload-busy = Este arquivo já está sendo enviado.
error-quota-exceeded = Seu armazenamento está cheio. Esvazie a lixeira ou libere espaço.
error-storage-full = O disco da nuvem está cheio e nada mais pode ser guardado. Nada foi perdido: os arquivos esperam aqui, e a sincronização continua sozinha assim que o servidor tiver espaço.
error-not-ready = A pré-visualização ainda está sendo gerada.
error-no-preview = Este item não tem pré-visualização.
error-range-not-satisfiable = O Skyfolio pediu ao servidor algo que ele não tem.
error-server-busy = O servidor está ocupado no momento. Tente de novo daqui a pouco.
error-internal = Algo deu errado no Skyfolio ou no servidor. Tente de novo daqui a pouco.
error-unknown = Algo deu errado.
error-held-changed = O que aguarda a sua resposta mudou desde que foi mostrado. Veja de novo e depois responda.

## No navegador

welcome-browser-title = Entre no Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = Suas fotos e vídeos em { $host }. Entre, ou crie uma conta, para vê-los, enviá-los e baixá-los neste navegador.
welcome-not-encrypted = Esta página não é criptografada (foi aberta com http://, não https://). Sua senha e suas fotos passam pela rede de um jeito que outros podem ler. Peça ao administrador do servidor um endereço https://.
settings-language-browser = Igual a este navegador ({ $language })
settings-language-hint-browser = A página muda na hora; este navegador guarda a escolha.
account-browser = Este navegador
error-desktop-only = Isso só funciona no aplicativo Skyfolio em um computador.
gallery-empty-browser = Escolha Adicionar fotos para enviar fotos e vídeos deste dispositivo, ou arraste-os para esta página.
error-unauthorized-browser = Sua sessão foi encerrada. Entre de novo para ver suas fotos.
error-not-signed-in-browser = Você não está conectado. Entre para ver suas fotos.
error-unreachable-browser = Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.
error-storage-full-browser = O disco da nuvem está cheio e nada mais pode ser guardado. Tente de novo quando o servidor tiver espaço.
welcome-pair-refused = O código de acesso do seu computador já foi usado ou expirou. No computador, gere um novo: Configurações → Deixar meu celular acessar este computador → Novo código. Depois, escaneie de novo.
welcome-pair-hint = Quer entrar no Skyfolio do seu computador? Lá, ligue Configurações → Deixar meu celular acessar este computador e escaneie o código.

## Google Takeout import

cli-takeout-source = { $path }: { $entries } arquivos
cli-takeout-source-unreadable = { $path }: não lido: { $reason }
cli-takeout-review = { $photos } fotos e { $videos } vídeos ({ $motion } fotos com movimento) em { $albums } álbuns, { $size }
cli-takeout-review-details = com data do JSON do Google: { $dated }; com local: { $places }; favoritos: { $favorites }; arquivados: { $archived }; na lixeira do Google: { $trashed }; sem JSON: { $without }
cli-takeout-skipped = não importado: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = nada foi enviado (--dry-run)
cli-takeout-summary = { $imported } importados, { $already } já estavam lá, { $earlier } feitos por uma importação anterior, { $failed } com falha; { $orphans } arquivos JSON do Google sem a foto, { $ignored } arquivos ignorados, { $refused } recusados
cli-takeout-marks = favoritos ({ $favorites }) e itens arquivados ({ $archived }) chegaram como fotos comuns: a nuvem ainda não tem essas marcas; os itens da lixeira do Google ({ $trashed }) estão na lixeira
cli-takeout-report = relatório gravado em { $path }
cli-takeout-time-zone = { $zone } não é um fuso horário que este computador conheça (America/Sao_Paulo, UTC…)
error-bad-zip = Isto não é um arquivo zip, ou está danificado (um download que não terminou?). Baixe esta parte de novo.
error-not-a-file = Isto não é um arquivo (uma pasta ou um link): fica onde está.
error-damaged-json = O arquivo JSON do Google desta foto está danificado: suas datas e lugares não são usados.
error-not-an-object = O arquivo JSON do Google desta foto não é do tipo que o Google Fotos escreve: suas datas e lugares não são usados.
error-zip-bomb = Esta entrada do zip diz ter muito mais bytes do que uma foto teria: não foi lida.
error-scratch-full = Não há espaço livre suficiente neste computador para tirar este arquivo do zip.
error-part-missing = O arquivo não está nas partes do Takeout informadas. Adicione a parte que falta e importe de novo.

## Celulares e cartões de câmera

cli-device-found = { $name } ({ $path })
cli-device-none = Nenhum celular ou cartão com pasta DCIM está conectado: indique a pasta.
cli-device-several = Vários celulares ou cartões estão conectados: indique a pasta de um:
cli-device-summary = { $imported } copiados, { $already } já na nuvem ou neste computador, { $skipped } não são fotos nem vídeos, { $failed } com falha
cli-free-device-plan = { $files } arquivos ({ $size }) estão seguros na nuvem e podem sair: execute de novo com --yes para removê-los
cli-free-device-done = { $files } arquivos removidos ({ $size } liberados); { $kept } mantidos
error-not-confirmed = A nuvem não tem o conteúdo deste arquivo: ele fica.

## Celulares, cartões de câmera e Google Takeout no app

card-found = { $name } está conectado: fazer backup das fotos e vídeos?
card-backing-up = Fazendo backup de { $name }…
card-backed-up = O backup de { $name } está feito.
card-back-up = Fazer backup deste celular ou cartão
card-free-space = Liberar espaço
card-not-now = Agora não
card-nothing-to-free = Nada em { $name } está na nuvem ainda.
card-free-title = Liberar espaço em { $name }?
card-free-body = { $count ->
    [one] 1 arquivo ({ $size }) está seguro na nuvem. Ele será removido do cartão; a nuvem o mantém.
   *[other] { $count } arquivos ({ $size }) estão seguros na nuvem. Eles serão removidos do cartão; a nuvem os mantém.
}
card-free-confirm = { $count ->
    [one] Remover 1 arquivo
   *[other] Remover { $count } arquivos
}
card-freed = { $count } arquivos removidos, { $size } liberados; { $kept } mantidos.
add-takeout = Do Google Fotos
takeout-dialog = Escolha os arquivos zip do seu Google Takeout
takeout-review-title = Importar do Google Fotos?
takeout-review-items = { $photos } fotos e { $videos } vídeos em { $albums } álbuns, { $size }.
takeout-review-details = Datadas pelo Google: { $dated }. Com local: { $places }. Favoritos: { $favorites }. Da lixeira do Google (vão para a lixeira): { $trashed }.
takeout-review-earlier = { $count } já foram importados e serão pulados.
takeout-review-unreadable = Não é possível ler { $path }: { $reason }
takeout-import = Importar
takeout-report-at = Um relatório de cada item será salvo em { $path }
import-finished = { $count } itens estão na nuvem ({ $already } já estavam lá).
transfer-import-running = Importando { $done } de { $total }
transfer-import-paused = Importação pausada, { $done } de { $total }
transfer-import-done = Importados { $done } de { $total }
transfer-import-cancelled = Importação cancelada
transfer-import-failed = Importação terminou com problemas
error-not-a-backup-folder = Só se libera espaço em pastas de backup (só envio): nesta, remover uma foto a removeria da nuvem também, ou ela voltaria.

health-imports = Importações do Google Fotos
health-import = Importado em { $when }
takeout-show-report = Ver o relatório
takeout-report-title = O que veio do Google Fotos
takeout-report-saved = O relatório completo está salvo como planilha: { $path }
takeout-report-marks = Favoritos: { $favorites }. Arquivados: { $archived }. Da lixeira do Google, agora na lixeira: { $trashed }.
takeout-report-empty = Nada aqui.
takeout-report-more = Ver mais { $count }
takeout-group-failed = Falharam
takeout-group-not-imported = Foto ausente do Takeout
takeout-group-imported = Importados
takeout-group-already = Já estavam aqui
takeout-group-skipped = Não são fotos
takeout-group-all = Tudo
takeout-column-name = Nome
takeout-column-outcome = O que aconteceu
takeout-column-where = Onde está
takeout-column-why = Por quê
takeout-earlier = por uma importação anterior
takeout-outcome-imported = Importado
takeout-outcome-already-present = Já estava aqui
takeout-outcome-failed = Falhou
takeout-outcome-not-imported = Não importado
takeout-outcome-ignored = Ignorado
takeout-outcome-refused = Recusado
takeout-outcome-problem = Observação
takeout-reason-no-media = O JSON do Google está aqui, a foto não: falta uma parte do Takeout?
takeout-reason-ambiguous = Várias fotos combinam igualmente com este JSON; nenhuma o recebeu.
takeout-reason-not-media = Não é foto nem vídeo.
takeout-reason-system-file = Um arquivo deixado pelo computador ou pelo programa de zip.
takeout-reason-not-a-sidecar = Dados do Google que não são sobre uma foto.
takeout-reason-extra-album-metadata = Uma segunda descrição de álbum numa pasta.
takeout-reason-unused-album-metadata = Uma descrição de álbum numa pasta sem fotos.
takeout-reason-empty = A entrada não tem nome.
takeout-reason-not-utf8 = O nome da entrada não é texto legível.
takeout-reason-too-long = O nome da entrada é longo demais.
takeout-reason-absolute = O nome da entrada aponta para fora do Takeout.
takeout-reason-dot-segment = O nome da entrada aponta para fora do Takeout.
takeout-reason-empty-segment = O nome da entrada tem uma pasta vazia.
takeout-reason-backslash = O nome da entrada tem uma barra invertida.
takeout-reason-control-character = O nome da entrada tem caracteres de controle.
takeout-reason-damaged-json = O JSON do Google dela está danificado: suas datas e lugares não são usados.
takeout-reason-json-not-read = Não foi possível ler o JSON do Google dela.
takeout-reason-conflicting-copies = As partes têm arquivos diferentes com este nome: os dois são mantidos.

settings-folder-free = Liberar espaço
free-title = Liberar espaço em { $path }
free-lead = Fotos e vídeos desta pasta de backup que estão seguros na nuvem podem sair deste computador (pela lixeira). Eles continuam na sua linha do tempo e são baixados quando você os abre.
free-age = Quais
free-age-any = Qualquer idade
free-age-months = { $months ->
    [one] Sem mudanças há um mês
   *[other] Sem mudanças há { $months } meses
}
free-size = Tamanho
free-size-any = Qualquer tamanho
free-size-over = Maior que { $size }
free-counting = Perguntando à nuvem…
free-found = { $count ->
    [one] 1 arquivo ({ $size }) está seguro na nuvem.
   *[other] { $count } arquivos ({ $size }) estão seguros na nuvem.
}
free-nothing = Nada corresponde ainda: nada a remover.
free-confirm-none = Nada a remover

update-available = O Skyfolio { $version } está pronto para instalar.
update-install = Instalar e reiniciar
update-later = Depois
update-installing = Instalando o Skyfolio { $version }… O Skyfolio reinicia ao terminar.
error-no-update = Nenhuma versão mais nova foi encontrada para instalar.
error-update-failed = A atualização não pôde ser instalada; esta versão continua funcionando.
health-keep-here = Baixar e incluir
health-kept-here = { $name } está sendo trazido para este computador; a sincronização o inclui em seguida.
