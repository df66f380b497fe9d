verify-title = Verificați fișiere
verify-file-label = Fișier de date de depunere, de modificare BLS, de ieșire, de dovadă de deținere, de cerere de retragere sau de consolidare, ori keystore (din orice instrument)

## Tipul fișierului ales

verify-kind-keystore = Un keystore: introduceți parola pentru a-l verifica.
verify-kind-deposit-data = Date de depunere.
verify-kind-builder-deposit-data = Date de depunere de builder.
verify-kind-bls-changes = Modificări BLS-to-execution.
verify-kind-exit = O ieșire voluntară semnată.
verify-kind-ownership-proof = O dovadă de deținere a adresei de retragere (semnătura BLS-to-execution change keystore a deposit-cli).
verify-kind-execution-request = O cerere de retragere sau de consolidare: o tranzacție pentru portofelul adresei de retragere (EIP-7002, EIP-7251).

## Formularul

verify-password-label = Parola keystore-ului
verify-exit-pubkey-label = Cheia publică de semnare a validatorului (0x…)
verify-expected-address-label = Adresa de retragere așteptată (opțional, cu checksum): fiecare intrare trebuie să trimită fondurile acolo
verify-key-count-label = Indicii de cheie ai frazei dumneavoastră mnemonice de comparat cu fișierul (de la 0)
verify-no-mnemonic = Încărcați mai întâi fraza mnemonică pentru a vedea care dintre cheile ei este folosită de fiecare intrare.
verify-check = Verificați

## Un keystore deschis

verify-keystore-ok = ✓ Parola deschide acest keystore: cheie publică { $pubkey }, cale { $path }
verify-keystore-path-signing = { $path } (cheia de semnare a indicelui de cheie de validator { $index })
verify-keystore-path-withdrawal = { $path } (cheia de retragere a indicelui de cheie de validator { $index })
verify-keystore-path-none = nespecificată
verify-keystore-path-other = { $path } (nu este o cale de cheie de validator EIP-2334)

## Unde merg fondurile

verify-destinations-title = { $count ->
        [one] Fondurile merg la
       *[other] Fondurile merg la aceste adrese
    }
verify-no-address-deposit = Nicio adresă de execuție: depunerile au credențiale 0x00 (BLS), deci este necesară o modificare BLS-to-execution înainte de orice retragere.
verify-no-address = Din acest fișier nu a putut fi citită nicio adresă de execuție.
verify-address-differs = ✗ nu este adresa așteptată
verify-execution-address-label = adresa de execuție

## Rețeaua indicată în fișier

verify-network-none = Acest fișier nu indică nicio rețea (fișierele de ieșire și fișierele de modificare ale ethdo nu conțin una); semnăturile sale au fost verificate pentru { $chain }.
verify-network-named = Fișierul indică { $networks }; semnăturile sale au fost verificate pentru { $chain }.
verify-networks-join = { $first } și { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = nicio rețea predefinită

## Fiecare intrare

verify-entry-valid = Intrarea { $number }: ✓ validă
verify-entry-invalid = Intrarea { $number }: ✗ { $problems }
verify-your-mnemonic = Fraza dumneavoastră mnemonică
verify-validator-pubkey = Cheia publică a validatorului
verify-validator-pubkey-label = cheia publică a validatorului
verify-withdrawal-credentials = Credențiale de retragere
verify-amount = Suma
verify-amount-value = { $amount } ({ $gwei } gwei în contractul de depunere)
verify-signature = Semnătura
verify-validator-index = Indicele validatorului
verify-from-bls-key = De la cheia de retragere (BLS)
verify-bls-pubkey-label = cheia publică de retragere BLS
verify-to-address = Către adresa de execuție
verify-epoch = Epoca (valabilă de la)
verify-checked-pubkey = Verificată cu cheia publică de semnare
verify-signing-pubkey-label = cheia publică de semnare
verify-unreadable = ilizibil

## Credențiale de retragere

verify-credentials-bls = { $prefix } — cheie de retragere BLS: încă fără adresă de execuție (o modificare BLS-to-execution o setează)
verify-credentials-execution = { $prefix } — adresă de execuție
verify-credentials-compounding = { $prefix } — compounding, către adresă de execuție
verify-credentials-builder = { $prefix } — builder, către adresă de execuție
verify-credentials-unknown = { $prefix } — un prefix nedefinit de specificațiile de consens
verify-credentials-all-bytes = Toți cei 32 de octeți
verify-credentials-label = credențialele de retragere

## Semnături

verify-signature-valid = ✓ validă pentru rețeaua aleasă
verify-signature-invalid = ✗ nu este validă pentru rețeaua aleasă
verify-signature-not-checked = neverificată (vedeți problemele de mai sus)

## Cheile frazei mnemonice încărcate

verify-key-match-found = { $key ->
        [signing] cheie de semnare
       *[withdrawal] cheie de retragere
    }: indicele de cheie { $index } al frazei dumneavoastră mnemonice
verify-key-match-none = { $key ->
        [signing] cheie de semnare
       *[withdrawal] cheie de retragere
    }: nu provine din fraza dumneavoastră mnemonică ({ $count ->
        [one] a fost verificat { $count } indice de cheie
        [few] au fost verificați { $count } indici de cheie
       *[other] au fost verificați { $count } de indici de cheie
    }, de la 0)

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = Cheia publică de semnare a validatorului (0x…); lăsați câmpul gol pentru a încerca cheile de semnare ale frazei dumneavoastră mnemonice
verify-signer-keystore-label = Sau fișierul keystore al validatorului: se citește doar cheia publică pe care o declară (fără parolă)
verify-signer-keystore-read = ✓ { $name } a fost citit: intrarea este verificată cu cheia sa publică
verify-destinations-proof = Adresa indicată de această dovadă
verify-proof-not-consensus = Nu este un mesaj de consens: nu schimbă nimic on-chain, iar niciun nod beacon nu îl acceptă.
verify-request-action = Ce cere
verify-request-action-full-exit = o ieșire completă a validatorului: întregul sold este retras
verify-request-action-partial-withdrawal = o retragere parțială de la un validator 0x02
verify-request-action-switch-to-compounding = trecerea validatorului la credențiale 0x02 (compounding)
verify-request-action-consolidation = o consolidare: validatorul sursă iese, iar soldul său trece la țintă
verify-request-chain-id = ID de lanț
verify-request-from = Trebuie trimisă de la (adresa de retragere)
verify-request-to = Către contractul de sistem
verify-request-to-label = adresa contractului
verify-request-value = Valoare atașată (taxa contractului)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Cheia publică a validatorului sursă
verify-request-target-pubkey = Cheia publică a validatorului țintă
verify-request-amount = Suma de retras
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Niciun fond nu merge la o adresă: o consolidare mută soldul validatorului sursă la validatorul țintă, iar o trecere la 0x02 nu mută nimic.
verify-network-request = Verificată cu ID-ul de lanț și contractele de cereri ale rețelei { $chain }. Fișierul nu conține nicio semnătură: portofelul adresei de retragere semnează tranzacția când o trimite.
