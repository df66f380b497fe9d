## Comune alle due schermate

mnemonic-wordlist-label = Lingua delle parole
mnemonic-wordlist-note = La lingua delle parole (elenco di parole) è indipendente dalla lingua di questa pagina.
mnemonic-use = Usa questa frase mnemonica

## Creare una nuova frase mnemonica

create-title = Creare una nuova frase mnemonica
create-words-again = Queste sono le parole estratte durante la sua visita precedente: se le ha trascritte, prosegua con queste. Estraendo nuove parole queste vengono scartate, e una loro copia non sarebbe più la sua frase mnemonica.
create-new-words = Estrai invece nuove parole
create-write-down = Trascriva queste 24 parole su carta, nell'ordine. Chiunque le possieda controlla i suoi validatori e i relativi fondi; senza di esse non è possibile recuperare nulla. Non le digiti mai su un computer connesso a Internet.
create-written-down = Le ho trascritte
create-type-back = Digiti l'intera frase dalla sua copia cartacea. Ora le parole sono nascoste.
create-confirm-label = La sua frase mnemonica
create-confirm-mismatch = non corrisponde alle parole mostrate; confronti ogni parola con la sua copia scritta
create-confirm = Conferma
create-show-again = Mostra di nuovo le parole
create-confirmed = ✓ La frase corrisponde.
create-passphrase-warning = Facoltativo: una passphrase BIP39 (talvolta chiamata 25ª parola). Modifica ogni chiave. Se la dimentica, nulla potrà recuperare i suoi validatori. La lasci vuota, a meno che non sappia di volerne una.
create-passphrase-label = Passphrase (facoltativa)
create-passphrase-again-label = Ripeta la passphrase

## Usare una frase mnemonica esistente

use-title = Usare una frase mnemonica esistente
use-mnemonic-label = Frase mnemonica (da 12 a 24 parole; sono ammesse le abbreviazioni di 4 lettere)
use-hide-words = Nascondi le parole
use-show-words = Mostra le parole
use-wordlist-auto = rileva automaticamente
use-detected-wordlist = Le parole corrispondono all'elenco di parole { $wordlist }.
use-unknown-word = { $word } (parola sconosciuta)
use-canonical = Frase canonica, come verrà utilizzata:
use-passphrase-label = Passphrase BIP39 (la lasci vuota se non ne ha mai impostata una)
