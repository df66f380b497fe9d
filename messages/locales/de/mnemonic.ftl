## Shared by both screens

mnemonic-wordlist-label = Sprache der Wörter
mnemonic-wordlist-note = Die Sprache der Wörter (Wortliste) ist unabhängig von der Sprache dieser Seite.
mnemonic-use = Diese Seed-Phrase verwenden

## Create a new mnemonic

create-title = Neue Seed-Phrase (Mnemonic) erstellen
create-words-again = Dies sind die Wörter, die gezogen wurden, als Sie zuvor hier waren: Wenn Sie sie aufgeschrieben haben, fahren Sie mit ihnen fort. Wenn Sie neue Wörter ziehen, werden diese verworfen, und eine Abschrift davon wäre dann nicht mehr Ihre Seed-Phrase.
create-new-words = Stattdessen neue Wörter ziehen
create-write-down = Schreiben Sie diese 24 Wörter der Reihe nach auf Papier. Wer sie kennt, kontrolliert Ihre Validatoren und deren Gelder; ohne sie lässt sich nichts wiederherstellen. Geben Sie sie niemals auf einem Gerät ein, das online ist.
create-written-down = Ich habe sie aufgeschrieben
create-type-back = Geben Sie die gesamte Phrase von Ihrer Papierabschrift ein. Die Wörter sind jetzt ausgeblendet.
create-confirm-label = Ihre Seed-Phrase
create-confirm-mismatch = dies stimmt nicht mit den angezeigten Wörtern überein; vergleichen Sie jedes Wort mit Ihrer Abschrift
create-confirm = Bestätigen
create-show-again = Wörter erneut anzeigen
create-confirmed = ✓ Die Phrase stimmt überein.
create-passphrase-warning = Optional: eine BIP39-Passphrase (manchmal „25. Wort“ genannt). Sie verändert jeden Schlüssel. Wenn Sie sie vergessen, kann nichts Ihre Validatoren wiederherstellen. Lassen Sie das Feld leer, es sei denn, Sie wissen, dass Sie eine möchten.
create-passphrase-label = Passphrase (optional)
create-passphrase-again-label = Passphrase wiederholen

## Use an existing mnemonic

use-title = Vorhandene Seed-Phrase (Mnemonic) verwenden
use-mnemonic-label = Seed-Phrase (12 bis 24 Wörter; auf 4 Buchstaben abgekürzte Wörter sind zulässig)
use-hide-words = Wörter ausblenden
use-show-words = Wörter anzeigen
use-wordlist-auto = automatisch erkennen
use-detected-wordlist = Die Wörter passen zur Wortliste { $wordlist }.
use-unknown-word = { $word } (unbekanntes Wort)
use-canonical = Kanonische Phrase, wie sie verwendet wird:
use-passphrase-label = BIP39-Passphrase (leer lassen, wenn Sie nie eine festgelegt haben)
