app-title = withdrawal-wallet
language-picker-label = Limba paginii
tagline = Chei offline pentru validatorii Ethereum. Nimic din ce tastați nu părăsește această pagină.
online-banner = Se pare că sunteți online — deconectați-vă înainte de a introduce o frază mnemonică.
offline-banner = Offline ✓
loaded-from = Încărcat din
chain-label = Rețea:
chain-not-chosen = încă nealeasă
chain-custom = { $name } (personalizată)
chain-custom-incomplete = personalizată (incompletă)
mnemonic-loaded = { $passphrase ->
        [yes] Frază mnemonică încărcată (lista de cuvinte { $wordlist }, cu passphrase)
       *[no] Frază mnemonică încărcată (lista de cuvinte { $wordlist })
    }
clear = Ștergeți
back-to-tasks = ← Toate sarcinile

## Ecranul de start

start-title = Ce doriți să faceți?
tools-title = Instrumente, pe rând
tools-hint = Pentru cei care cunosc pașii: fiecare instrument separat, fără ghid.
tool-create-mnemonic = Creați o frază mnemonică nouă
tool-create-mnemonic-detail = 24 de cuvinte noi, notate și apoi tastate din nou
tool-use-mnemonic = Folosiți o frază mnemonică existentă
tool-use-mnemonic-detail = verificată cuvânt cu cuvânt; abrevierile sunt completate
tool-validator-keys = Generați chei de validator
tool-validator-keys-detail = keystore-uri și date de depunere (deposit data)
tool-withdrawal-address = Setați adresa de retragere
tool-withdrawal-address-detail = modificare BLS-to-execution pentru validatorii 0x00
tool-ownership-proof = Dovediți deținerea adresei de retragere
tool-ownership-proof-detail = o declarație semnată pe care o cer unii operatori; nu schimbă nimic on-chain
tool-exits = Semnați ieșiri în avans
tool-exits-detail = din fraza mnemonică sau dintr-un keystore
tool-verify-files = Verificați fișiere
tool-verify-files-detail = fișiere de depunere, de modificare BLS, de ieșire sau keystore-uri, din orice instrument
tool-find-validators = Găsiți-vă validatorii
tool-find-validators-detail = importați lista din beacon chain; semnați modificări și ieșiri în bloc
tool-hand-off = Predați cheile unui semnatar
tool-hand-off-detail = import prin keymanager API, configurații Web3Signer, pachete de încărcare pentru Vault și AWS
tool-lookup = Căutați o cheie de retragere
tool-lookup-detail = cheia publică de retragere și credențialele 0x00 ale unui indice de cheie
tool-top-up = Suplimentarea soldului unui validator
tool-top-up-detail = o depunere către un validator 0x01 sau 0x02 existent, din keystore-ul său sau din fraza mnemonică
tool-builder-deposits = Depuneri de builder
tool-builder-deposits-detail = chei, keystore-uri și depuneri de builder (EIP-8282)
tool-execution-requests = Ieșire, retragere sau consolidare de la adresa de retragere
tool-execution-requests-detail = tranzacții pentru validatorii 0x01 și 0x02 (EIP-7002, EIP-7251), trimise din propriul portofel

## Parcursuri

journey-withdrawal-address = Setarea adresei mele de retragere
journey-withdrawal-address-detail = Validatorii mei au credențiale 0x00: semnez o modificare BLS-to-execution, ca recompensele și ieșirile să fie plătite la adresa mea.
journey-new-validators = Chei pentru validatori noi
journey-new-validators-detail = Keystore-uri pentru clientul meu de validare și date de depunere pentru Launchpad.
journey-exits = Ieșirea validatorilor
journey-exits-detail = Semnez în avans ieșiri voluntare, din fraza mea mnemonică sau dintr-un keystore, pentru a le difuza când decid.
journey-check-file = Verificarea unui fișier
journey-check-file-detail = Aflu ce conține un fișier de depunere, de modificare BLS, de ieșire sau un keystore și dacă este valid.

stepper-label = { $journey }: pași
step-your-mnemonic = Fraza dumneavoastră mnemonică
step-your-validators = Validatorii dumneavoastră
step-chain-address-amounts = Rețea, adresă și sume
step-mnemonic-or-keystore = Frază mnemonică sau keystore
step-validators-and-epoch = Validatori și epocă
step-review-and-sign = Verificare și semnare
step-files-and-next-steps = Fișiere și pașii următori
step-the-file = Fișierul
step-what-it-says = Ce conține

## Sarcini lungi

phase-deriving = derivarea cheilor
phase-keystores = chei de validator
phase-signing = semnare
phase-verifying = verificare
phase-reading-import = citirea importului (validatori)
phase-decrypting = deschiderea keystore-ului

keystore-reading = Se citește { $name }…
keystore-read = ✓ { $name } a fost citit
