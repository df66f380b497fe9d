## Comum às duas telas

mnemonic-wordlist-label = Idioma das palavras
mnemonic-wordlist-note = O idioma das palavras (lista de palavras) é independente do idioma desta página.
mnemonic-use = Usar esta frase mnemônica

## Criar uma nova frase mnemônica

create-title = Criar uma nova frase mnemônica
create-words-again = Estas são as palavras geradas na sua visita anterior: se você as anotou, continue com elas. Gerar novas palavras descarta estas, e uma cópia delas deixaria de ser a sua frase mnemônica.
create-new-words = Gerar novas palavras
create-write-down = Anote estas 24 palavras em papel, na ordem. Quem as tiver controla seus validadores e os fundos deles; sem elas, nada pode ser recuperado. Nunca as digite em um computador conectado à internet.
create-written-down = Já anotei as palavras
create-type-back = Digite a frase completa a partir da sua cópia em papel. As palavras agora estão ocultas.
create-confirm-label = Sua frase mnemônica
create-confirm-mismatch = isto não corresponde às palavras mostradas; confira cada palavra com a sua cópia escrita
create-confirm = Confirmar
create-show-again = Mostrar as palavras novamente
create-confirmed = ✓ A frase confere.
create-passphrase-warning = Opcional: uma passphrase BIP39 (às vezes chamada de 25ª palavra). Ela altera todas as chaves. Se você a esquecer, nada poderá recuperar seus validadores. Deixe o campo em branco, a menos que tenha certeza de que deseja uma.
create-passphrase-label = Passphrase (opcional)
create-passphrase-again-label = Repita a passphrase

## Usar uma frase mnemônica existente

use-title = Usar uma frase mnemônica existente
use-mnemonic-label = Frase mnemônica (de 12 a 24 palavras; abreviações de 4 letras são aceitas)
use-hide-words = Ocultar palavras
use-show-words = Mostrar palavras
use-wordlist-auto = detectar automaticamente
use-detected-wordlist = As palavras correspondem à lista de palavras { $wordlist }.
use-unknown-word = { $word } (palavra desconhecida)
use-canonical = Frase canônica, como será usada:
use-passphrase-label = Passphrase BIP39 (deixe em branco se você nunca definiu uma)
