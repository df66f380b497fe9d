## Shared by both screens

mnemonic-wordlist-label = Langue des mots
mnemonic-wordlist-note = La langue des mots (liste de mots) est indépendante de la langue de cette page.
mnemonic-use = Utiliser cette phrase mnémonique

## Create a new mnemonic

create-title = Créer une nouvelle phrase mnémonique
create-words-again = Voici les mots tirés lors de votre précédent passage sur cette page : si vous les avez notés, continuez avec eux. Tirer de nouveaux mots les annule, et une copie de ces mots-ci ne serait alors plus votre phrase mnémonique.
create-new-words = Tirer plutôt de nouveaux mots
create-write-down = Écrivez ces 24 mots sur papier, dans l'ordre. Quiconque les détient contrôle vos validateurs et leurs fonds ; sans eux, rien ne peut être récupéré. Ne les saisissez jamais sur une machine connectée à Internet.
create-written-down = Je les ai notés
create-type-back = Saisissez la phrase complète à partir de votre copie papier. Les mots sont désormais masqués.
create-confirm-label = Votre phrase mnémonique
create-confirm-mismatch = ceci ne correspond pas aux mots affichés ; comparez chaque mot avec votre copie écrite
create-confirm = Confirmer
create-show-again = Afficher de nouveau les mots
create-confirmed = ✓ La phrase correspond.
create-passphrase-warning = Facultatif : une passphrase BIP39 (parfois appelée « 25e mot »). Elle modifie toutes les clés. Si vous l'oubliez, rien ne pourra récupérer vos validateurs. Laissez ce champ vide, sauf si vous savez que vous en voulez une.
create-passphrase-label = Passphrase (facultative)
create-passphrase-again-label = Passphrase (confirmation)

## Use an existing mnemonic

use-title = Utiliser une phrase mnémonique existante
use-mnemonic-label = Phrase mnémonique (12 à 24 mots ; les abréviations de 4 lettres sont acceptées)
use-hide-words = Masquer les mots
use-show-words = Afficher les mots
use-wordlist-auto = détecter automatiquement
use-detected-wordlist = Les mots correspondent à la liste { $wordlist }.
use-unknown-word = { $word } (mot inconnu)
use-canonical = Phrase canonique, telle qu'elle sera utilisée :
use-passphrase-label = Passphrase BIP39 (laissez vide si vous n'en avez jamais défini)
