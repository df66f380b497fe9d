## Căutați o cheie de retragere

lookup-title = Cheia de retragere a unui indice de cheie
lookup-hint = Afișează cheia publică de retragere ({ $path }) a indicelui de cheie i al frazei dumneavoastră mnemonice și credențialele de retragere 0x00 care rezultă din ea, ca să le puteți compara cu ce arată beacon chain.
lookup-index-label = Indice de cheie
lookup-show = Afișați cheile
lookup-withdrawal-path = Calea cheii de retragere
lookup-withdrawal-pubkey = Cheia publică de retragere
lookup-credentials = Credențiale de retragere 0x00
lookup-signing = Calea și cheia publică a cheii de semnare
lookup-copy-withdrawal-pubkey = cheia publică de retragere
lookup-copy-credentials = credențialele de retragere
lookup-copy-signing-pubkey = cheia publică de semnare

## Găsiți-vă validatorii

find-title = Găsiți-vă validatorii
find-hint = Importați ce cunoaște beacon chain, într-una dintre aceste forme, iar portofelul determină ce validatori sunt controlați de cheile frazei dumneavoastră mnemonice. Se citesc importuri de până la 1 GiB (lista completă de pe mainnet are aproximativ 500 MB).
find-hint-beacon-api = răspunsul beacon API la
find-hint-ethdo = fișierul ethdo
find-hint-csv = un CSV cu coloanele
find-key-count-label = Indici de cheie de scanat, de la 0 (ethdo scanează 1.024)
find-submit = Găsiți validatorii
find-summary = { $format }: { $read ->
        [one] { $read } validator citit
        [few] { $read } validatori citiți
       *[other] { $read } de validatori citiți
    }, dintre care { $found ->
        [one] { $found } este controlat
       *[other] { $found } sunt controlați
    } de indicii de cheie { $first }–{ $last } ai acestei fraze mnemonice.
find-format-beacon-api = răspuns beacon API cu validatori
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = listă

## Importul

find-import-file-label = Fișier de import
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …sau lipiți-l aici

## Validatorii găsiți

find-column-sign = Semnare
find-column-validator = Validator
find-column-key-index = Indice de cheie
find-column-status = Stare
find-column-credentials = Credențiale de retragere
find-column-found-by = Găsit după
find-column-change = Modificarea adresei
find-select-validator = Semnați pentru validatorul { $validator }
find-found-by-both = credențiale și cheie publică
find-found-by-credentials = credențialele de retragere
find-found-by-pubkey = cheia publică de semnare
find-change-possible = 0x00: poate fi modificată
find-change-other-key = 0x00 al altei chei de retragere: nu al acestei fraze mnemonice
find-change-already = deja { $prefix }

## Semnarea pentru validatorii găsiți

find-bls-warning = O modificare BLS poate fi inclusă în blockchain o singură dată și nu poate fi anulată. Verificați adresa pe un al doilea dispozitiv.
find-address-label = Noua adresă de execuție (de retragere), cu checksum EIP-55
find-address-again-label = Aceeași adresă, încă o dată
find-with-exits = Semnați în avans și ieșiri voluntare pentru validatorii selectați
find-exit-epoch-label = Epoca ieșirii
find-review = Verificați ce va fi semnat
find-sign = Semnați pentru validatorii selectați
find-error-none-selected = selectați cel puțin un validator pentru care această frază mnemonică poate semna
find-error-address-twice = introduceți noua adresă de două ori
