## Común a ambas pantallas

mnemonic-wordlist-label = Idioma de las palabras
mnemonic-wordlist-note = El idioma de las palabras (lista de palabras) es independiente del idioma de esta página.
mnemonic-use = Usar esta frase mnemónica

## Crear una nueva frase mnemónica

create-title = Crear una nueva frase mnemónica
create-words-again = Estas son las palabras generadas en su visita anterior: si las anotó, continúe con ellas. Generar palabras nuevas descarta las actuales, y una copia de estas ya no sería su frase mnemónica.
create-new-words = Generar palabras nuevas en su lugar
create-write-down = Anote estas 24 palabras en papel, en orden. Quien las tenga controla sus validadores y sus fondos; sin ellas no se puede recuperar nada. No las escriba nunca en un equipo conectado a internet.
create-written-down = Ya las he anotado
create-type-back = Escriba la frase completa a partir de su copia en papel. Las palabras ahora están ocultas.
create-confirm-label = Su frase mnemónica
create-confirm-mismatch = no coincide con las palabras mostradas; compare cada palabra con su copia escrita
create-confirm = Confirmar
create-show-again = Volver a mostrar las palabras
create-confirmed = ✓ La frase coincide.
create-passphrase-warning = Opcional: una passphrase BIP39 (a veces llamada la palabra 25). Cambia todas las claves. Si la olvida, nada podrá recuperar sus validadores. Déjela vacía, salvo que sepa que quiere una.
create-passphrase-label = Passphrase (opcional)
create-passphrase-again-label = Repita la passphrase

## Usar una frase mnemónica existente

use-title = Usar una frase mnemónica existente
use-mnemonic-label = Frase mnemónica (de 12 a 24 palabras; se admiten abreviaturas de 4 letras)
use-hide-words = Ocultar las palabras
use-show-words = Mostrar las palabras
use-wordlist-auto = detectar automáticamente
use-detected-wordlist = Las palabras coinciden con la lista de palabras { $wordlist }.
use-unknown-word = { $word } (palabra desconocida)
use-canonical = Frase canónica, tal como se usará:
use-passphrase-label = Passphrase BIP39 (déjela vacía si nunca estableció una)
