## Comune ambelor ecrane

mnemonic-wordlist-label = Limba cuvintelor
mnemonic-wordlist-note = Limba cuvintelor (lista de cuvinte) este independentă de limba acestei pagini.
mnemonic-use = Folosiți această frază mnemonică

## Creați o frază mnemonică nouă

create-title = Creați o frază mnemonică nouă
create-words-again = Acestea sunt cuvintele generate la vizita dumneavoastră anterioară: dacă le-ați notat, continuați cu ele. Generarea unor cuvinte noi le elimină pe acestea, iar o copie a lor nu ar mai fi fraza dumneavoastră mnemonică.
create-new-words = Generați în schimb cuvinte noi
create-write-down = Notați aceste 24 de cuvinte pe hârtie, în ordine. Oricine le deține controlează validatorii dumneavoastră și fondurile acestora; fără ele nu se poate recupera nimic. Nu le tastați niciodată pe un computer conectat la internet.
create-written-down = Le-am notat
create-type-back = Tastați întreaga frază din copia de pe hârtie. Cuvintele sunt acum ascunse.
create-confirm-label = Fraza dumneavoastră mnemonică
create-confirm-mismatch = nu corespunde cuvintelor afișate; verificați fiecare cuvânt cu copia scrisă
create-confirm = Confirmați
create-show-again = Afișați din nou cuvintele
create-confirmed = ✓ Fraza corespunde.
create-passphrase-warning = Opțional: un passphrase BIP39 (numit uneori al 25-lea cuvânt). Acesta schimbă toate cheile. Dacă îl uitați, nimic nu vă mai poate recupera validatorii. Lăsați câmpul gol, cu excepția cazului în care știți sigur că doriți unul.
create-passphrase-label = Passphrase (opțional)
create-passphrase-again-label = Repetați passphrase-ul

## Folosiți o frază mnemonică existentă

use-title = Folosiți o frază mnemonică existentă
use-mnemonic-label = Frază mnemonică (între 12 și 24 de cuvinte; abrevierile de 4 litere sunt acceptate)
use-hide-words = Ascundeți cuvintele
use-show-words = Afișați cuvintele
use-wordlist-auto = detectare automată
use-detected-wordlist = Cuvintele corespund listei de cuvinte { $wordlist }.
use-unknown-word = { $word } (cuvânt necunoscut)
use-canonical = Fraza canonică, așa cum va fi folosită:
use-passphrase-label = Passphrase BIP39 (lăsați gol dacă nu ați setat niciodată unul)
