keys-title = Generați chei de validator
keys-hint = Doar keystore-urile de semnare ajung pe nodul validator sau pe semnatarul la distanță (remote signer). Fraza mnemonică niciodată: păstrați-o offline, deoarece controlează și cheile de retragere.
keys-public-mnemonic = Aceasta este o frază mnemonică de test publicată: oricine poate deriva aceste chei. Folosiți-o doar pe rețele de test.
keys-start-index-label = Indice de start (primul indice de cheie folosit)
keys-count-label = Numărul de validatori
keys-budget-label = Limita de chei per frază mnemonică
keys-budget-new-mnemonic = Începeți o frază mnemonică nouă pentru rest
keys-credentials-legend = Credențiale de retragere
keys-kind-compounding = 0x02 compounding, cu capitalizare automată (recomandat; între 1 și 2048 ETH)
keys-kind-execution = 0x01 adresă de execuție (exact 32 ETH)
keys-kind-bls = 0x00 BLS (nerecomandat)
keys-amount-label = Suma per validator, în { $currency }
keys-bls-warning = Credențialele 0x00 blochează retragerile până când semnați o modificare BLS-to-execution cu cheia de retragere.
keys-bls-ack = Înțeleg și doresc credențiale 0x00
keys-address-label = Adresă de execuție (de retragere), cu checksum EIP-55
keys-address-again-label = Aceeași adresă, încă o dată
keys-password-label = Parola keystore-ului
keys-password-again-label = Repetați parola keystore-ului
keys-rule-minimum-length = { $count ->
        [one] cel puțin { $count } caracter (caracterele de control nu se numără)
        [few] cel puțin { $count } caractere (caracterele de control nu se numără)
       *[other] cel puțin { $count } de caractere (caracterele de control nu se numără)
    }
keys-rule-confirmed = introdusă identic de două ori
keys-kdf-label = KDF-ul keystore-ului
keys-kdf-scrypt = scrypt (implicit, ca în deposit-cli)
keys-independent-salts = Un salt și o rulare KDF separate pentru fiecare keystore (mai lent; nimic comun între fișiere)
keys-review = Verificați ce va fi semnat
keys-sign = Semnați: generați keystore-urile și datele de depunere
