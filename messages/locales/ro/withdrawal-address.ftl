bls-change-title = Setați adresa de retragere (modificare BLS-to-execution)
bls-change-warning = O modificare BLS poate fi inclusă în blockchain o singură dată și nu poate fi anulată. Verificați adresa pe un al doilea dispozitiv.
bls-change-validators-legend = Validatorii dumneavoastră, așa cum îi cunoaște beacon chain
bls-change-find-hint = Aveți lista din beacon chain (validatorii din beacon API sau fișierul { $file } al ethdo)?
bls-change-find = Găsiți-i în listă
bls-change-start-index-label = Indicele de cheie al primului validator de mai jos
bls-change-validator-indices-label = Indicii validatorilor (beacon chain), separați prin virgulă sau pe rânduri noi
bls-change-credentials-label = Credențialele lor de retragere actuale (0x00…), în aceeași ordine
bls-change-derive-credentials = Completați credențialele pe care fraza mnemonică le generează pentru acești indici de cheie
bls-change-address-label = Noua adresă de execuție (de retragere), cu checksum EIP-55
bls-change-address-again-label = Aceeași adresă, încă o dată
bls-change-review = Verificați ce va fi semnat
bls-change-sign = Semnați modificările BLS-to-execution

## Ownership proof

proof-title = Dovediți deținerea adresei de retragere
proof-not-consensus = Acesta nu este un mesaj pentru blockchain: semnarea lui nu schimbă nimic on-chain, iar nici nodurile beacon, nici Launchpad nu îl acceptă. Unii operatori îl cer pentru ca stakerul să dovedească faptul că are controlul asupra cheii de semnare a validatorului și să indice o adresă.
proof-what = Fișierul declară, semnat cu cheia de semnare a validatorului, că retragerile validatorului trebuie să meargă la adresa de mai jos. Este cerut, de exemplu, stakerilor care au pierdut fraza mnemonică a unor credențiale 0x00, dar mai dețin keystore-ul de semnare.
proof-reference = deposit-cli produce același fișier cu comanda sa:
proof-source-legend = Semnare cu
proof-source-keystore = fișierul keystore al validatorului și parola sa
proof-source-mnemonic = fraza mea mnemonică, la indicele de cheie al validatorului
proof-keystore-file-label = Fișierul keystore al validatorului
proof-keystore-password-label = Parola keystore-ului
proof-key-index-label = Indicele de cheie al cheii de semnare a validatorului
proof-validator-pubkey-label = Cheia publică a validatorului (recomandat: cheia de semnare trebuie atunci să fie a acestui validator)
proof-validator-index-label = Indicele validatorului (beacon chain)
proof-address-label = Adresa de retragere indicată de dovadă, cu checksum EIP-55
proof-address-again-label = Aceeași adresă, încă o dată
proof-review = Verificați ce va fi semnat
proof-sign = Semnați dovada
review-what-ownership-proof = dovadă de deținere a adresei de retragere
review-count-ownership-proof = { $count ->
        [one] { $count } dovadă de deținere a adresei de retragere
        [few] { $count } dovezi de deținere a adresei de retragere
       *[other] { $count } de dovezi de deținere a adresei de retragere
    }
next-proof-title = Dovada de deținere a adresei de retragere: predați-o celui care a cerut-o
next-proof-copy = Copiați { $file } pe un computer conectat la internet (nu conține niciun secret).
next-proof-send = Trimiteți fișierul (sau semnătura sa) operatorului sau procesului care l-a cerut, în modul indicat de acesta. Nu este nimic de difuzat: nici nodurile beacon, nici Launchpad nu îl acceptă.
next-proof-nothing-on-chain = Singur, nu dovedește nimic on-chain și nu modifică nicio credențială de retragere: adresa unui validator 0x00 se stabilește numai printr-o modificare BLS-to-execution semnată cu cheia sa de retragere.
