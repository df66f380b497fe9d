# Creating a new mnemonic and loading an existing one. A mnemonic is the list of secret words
# (BIP39) every validator key is derived from; the wordlist is the list of words it uses.

## Shared by both screens

# The select of the mnemonic's wordlist (English, 日本語, Español…): not the page's language.
mnemonic-wordlist-label = Language of the words
mnemonic-wordlist-note = The words' language (wordlist) is separate from the language of this page.
# Button: loads the mnemonic for the visit.
mnemonic-use = Use this mnemonic

## Create a new mnemonic

create-title = Create a new mnemonic
create-words-again = These are the words drawn when you were here before: if you wrote them down, continue with them. Drawing new words discards these, and a copy of them would then not be your mnemonic.
# Button
create-new-words = Draw new words instead
create-write-down = Write these 24 words down, in order, on paper. Anyone with them controls your validators and their funds; without them nothing can be recovered. Never type them into an online machine.
# Button
create-written-down = I have written them down
create-type-back = Type the whole phrase from your paper copy. The words are hidden now.
create-confirm-label = Your mnemonic
create-confirm-mismatch = this does not match the words shown; check each word against your written copy
# Button
create-confirm = Confirm
# Button
create-show-again = Show the words again
create-confirmed = ✓ The phrase matches.
create-passphrase-warning = Optional: a BIP39 passphrase (sometimes called the 25th word). It changes every key. If you forget it, nothing can recover your validators. Leave it empty unless you know you want one.
create-passphrase-label = Passphrase (optional)
create-passphrase-again-label = Passphrase again

## Use an existing mnemonic

use-title = Use an existing mnemonic
use-mnemonic-label = Mnemonic (12 to 24 words; 4-letter abbreviations are fine)
# Buttons that hide or show the typed words on screen.
use-hide-words = Hide words
use-show-words = Show words
# Option of the wordlist select: find the wordlist from the words typed.
use-wordlist-auto = detect automatically
# $wordlist: the wordlist's name in itself (English, Español, 日本語…).
use-detected-wordlist = Words match the { $wordlist } wordlist.
# $word: a word as typed, that is in no wordlist.
use-unknown-word = { $word } (unknown word)
use-canonical = Canonical phrase, as it will be used:
use-passphrase-label = BIP39 passphrase (leave empty if you never set one)
