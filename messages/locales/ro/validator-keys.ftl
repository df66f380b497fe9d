keys-title = Generați chei de validator
keys-hint = Doar keystore-urile de semnare ajung pe nodul validator sau pe semnatarul la distanță (remote signer). Fraza mnemonică niciodată: păstrați-o offline, deoarece controlează și cheile de retragere.
keys-public-mnemonic = Aceasta este o frază mnemonică de test publicată: oricine poate deriva aceste chei. Folosiți-o doar pe rețele de test.
keys-start-index-label = Indice de start (primul indice de cheie folosit)
keys-count-label = Numărul de validatori
keys-budget-label = Limita de chei per frază mnemonică
keys-budget-new-mnemonic = Începeți o frază mnemonică nouă pentru rest
keys-plan-next = Următorul pas din plan: fraza mnemonică { $mnemonic } din { $mnemonics }, indicii de cheie { $first }–{ $last }, pachetul { $label }. Generați-l cu acea frază mnemonică încărcată.
keys-plan-use = Folosiți-l
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

## Top-up

top-up-title = Suplimentarea soldului unui validator
top-up-hint = Adaugă fonduri unui validator care există deja, semnat cu propria cheie de semnare a validatorului (partial-deposit din deposit-cli). Fișierul merge la contractul de depunere ca orice depunere și nu poate fi anulat după trimitere.
top-up-explain-title = Ce face o depunere suplimentară
top-up-explain-compounding = Validator 0x02 (compounding): depunerea suplimentară se adaugă la sold, iar soldul efectiv crește odată cu ea până la 2048 ETH (64 GNO pe lanțurile Gnosis), astfel încât recompensele se capitalizează.
top-up-explain-execution = Validator 0x01: tot ce depășește 32 ETH (1 GNO pe lanțurile Gnosis) este transferat la adresa de retragere în câteva zile, deci o depunere suplimentară ajută un validator 0x01 doar dacă soldul său a scăzut sub acest prag. Doar validatorii 0x02 capitalizează.
top-up-explain-credentials = Depunerea indică credențiale de retragere, dar pentru un validator existent lanțul le ignoră: indicați totuși credențialele validatorului. O cheie publică pe care încă nu o are niciun validator ar deveni un validator nou cu aceste credențiale.
top-up-source-legend = Semnare cu cheia validatorului, din
top-up-source-mnemonic = fraza mea mnemonică, la un indice de cheie
top-up-source-keystore = fișierul său keystore și parola sa
top-up-key-index-label = Indicele de cheie al cheii de semnare a validatorului
top-up-keystore-file-label = Fișierul keystore al validatorului
top-up-keystore-password-label = Parola keystore-ului
top-up-validator-pubkey-label = Cheia publică a validatorului (recomandat: cheia trebuie atunci să fie a acestui validator)
top-up-credentials-legend = Credențialele de retragere ale validatorului
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 adresă de execuție
top-up-execution-warning = Cu credențiale 0x01, ceea ce ridică soldul peste 32 ETH este returnat la adresa de retragere, fără capitalizare. Pentru capitalizare, adresa de retragere trebuie mai întâi să treacă validatorul la 0x02 (o cerere de consolidare).
top-up-address-label = Adresa sa de retragere, cu checksum EIP-55
top-up-address-again-label = Aceeași adresă, încă o dată
top-up-amount-label = Suma de adăugat, în { $currency }
top-up-amount-hint = Între 1 și 2048 ETH (între 1/32 și 64 GNO pe lanțurile Gnosis), în gwei întregi.
top-up-review = Verificați ce va fi semnat
top-up-sign = Semnați depunerea suplimentară
top-up-credentials = Credențiale de retragere
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } adresă de execuție
top-up-credentials-full = Toți cei 32 de octeți
top-up-credentials-label = credențialele de retragere
top-up-amount-gwei = Suma din depunere (gwei)
top-up-key-path = Calea cheii de semnare
top-up-details-title = În depunere
review-what-top-up = depunere suplimentară pentru un validator existent
review-count-top-up = { $count ->
        [one] { $count } depunere suplimentară
        [few] { $count } depuneri suplimentare
       *[other] { $count } de depuneri suplimentare
    }
review-amount-top-up = Suma de adăugat
review-row-existing = existent
next-top-up-title = Depunere suplimentară: depuneți-o o singură dată
next-top-up-copy = Copiați { $file } pe computerul de pe care faceți depunerea (nu conține niciun secret).
next-top-up-open = Încărcați-l pe { $page } și verificați cheia publică, credențialele de retragere și suma față de rezumatul de mai sus.
next-top-up-upload = Încărcați-l pe pagina de depunere a { $chain } și verificați cheia publică, credențialele de retragere și suma față de rezumatul de mai sus.
next-top-up-wallet = Sau trimiteți-l din propriul portofel: un apel către contractul de depunere cu valorile din fișier și suma sa:
next-top-up-after = Depunerile nu pot fi anulate. După ce este procesată, verificați soldul validatorului într-un explorator al beacon chain.

## Builder deposits

builder-title = Depuneri de builder
builder-hint = Chei, keystore-uri și depuneri pentru builderi de blocuri (EIP-8282, comanda builder din deposit-cli): o miză care înregistrează un builder, nu un validator.
builder-warning = Cheia de builder i este cheia de semnare de validator i a aceleiași fraze mnemonice (aceeași cale m/12381/3600/i/0/0). Nu folosiți indicii de validatori ai unei fraze mnemonice pentru builderi: cel mai sigur este o frază mnemonică nouă.
builder-start-index-label = Indice de start (primul indice de cheie de builder)
builder-count-label = Numărul de builderi
builder-address-label = Adresă de retragere, cu checksum EIP-55 (credențiale 0xb0)
builder-address-again-label = Aceeași adresă, încă o dată
builder-amount-label = Suma per builder, în { $currency }
builder-amount-hint = Cel puțin 1, în gwei întregi, fără maxim; depunerilor de builder nu li se aplică niciun multiplicator de lanț.
builder-password-label = Parola keystore-ului
builder-password-again-label = Repetați parola keystore-ului
builder-review = Verificați ce va fi semnat
builder-notice-ack = Am verificat: această frază mnemonică nu are validatori la acești indici de cheie
builder-sign = Semnați: creați keystore-urile și depunerile de builder
builder-credentials = Credențiale de retragere
builder-credentials-label = credențialele de retragere
builder-amount-gwei = Suma per depunere (gwei)
builder-details-title = În fiecare depunere
review-what-builder-deposits = depuneri de builder
review-count-builder-deposits = { $count ->
        [one] { $count } depunere de builder
        [few] { $count } depuneri de builder
       *[other] { $count } de depuneri de builder
    }
review-builders = Builderi
review-amount-builder = Suma per builder
review-pubkey-builder = Cheia publică de builder (cheie de semnare de validator)
review-row-builder = builder
review-tick-builders = Acestea sunt cheile mele de builder ({ $count })
next-builder-deposit-title = Date de depunere de builder: trimiteți-le după activarea builderilor
next-builder-deposit-copy = Copiați { $file } pe un computer online (nu conține niciun secret).
next-builder-deposit-submit = După ce fork-ul Gloas a activat builderii pe { $chain }, trimiteți fiecare intrare la contractul de depunere pentru builderi din EIP-8282, așa cum indică documentația sa, din portofelul adresei de retragere. Nicio pagină de depunere nu acceptă încă aceste fișiere.
next-builder-deposit-check = Verificați cheile publice, credențialele de retragere și suma față de rezumatul de mai sus înainte de a trimite ceva: depunerile nu pot fi anulate.
next-builder-keystores-title = Keystore-uri de builder: pentru software-ul builderului
next-builder-keystores-copy = { $count ->
        [one] Dați keystore-ul și parola sa doar software-ului de builder care rulează acest builder.
        [few] Dați cele { $count } keystore-uri și parola lor doar software-ului de builder care rulează acești builderi.
       *[other] Dați cele { $count } de keystore-uri și parola lor doar software-ului de builder care rulează acești builderi.
    }
next-builder-keystores-not-validator = Aceste chei sunt și chei de semnare de validator ale acestei fraze mnemonice: nu rulați niciodată aceeași cheie ca builder și ca validator.
