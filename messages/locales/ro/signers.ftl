hand-off-title = Predați cheile unui semnatar
hand-off-hint = Doar pentru keystore-urile de semnare. Fraza mnemonică și cheile de retragere nu ajung niciodată pe un nod sau la un semnatar: păstrați-le offline.
hand-off-keystores-label = Keystore-uri de semnare (unul sau mai multe fișiere)
hand-off-keystores-read = { $count ->
        [one] { $count } keystore citit
        [few] { $count } keystore-uri citite
       *[other] { $count } de keystore-uri citite
    }
hand-off-from-keys = Keystore-urile pe care tocmai le-ați generat sunt încărcate.
hand-off-password-label = Parola keystore-urilor
hand-off-destination-legend = Unde ajung cheile
hand-off-keymanager = Un client de validare sau Web3Signer, prin keymanager API (un singur fișier de import)
hand-off-web3signer = Web3Signer, care citește keystore-urile de pe propriul disc
hand-off-vault = Web3Signer cu HashiCorp Vault (pachet de încărcare)
hand-off-aws = Web3Signer cu AWS Secrets Manager (pachet de încărcare)
hand-off-vault-host-label = Gazda serverului Vault (fără https://, fără port)
hand-off-vault-port-label = Portul serverului Vault
hand-off-vault-tls = Web3Signer se conectează la Vault prin TLS
hand-off-vault-mount-label = Punctul de montare KV v2
hand-off-vault-folder-label = Dosarul din punctul de montare (fiecare cheie este dosar/cheie publică)
hand-off-aws-region-label = Regiunea AWS
hand-off-aws-prefix-label = Prefixul numelui secretului (fiecare cheie este prefix + cheie publică)
hand-off-aws-access-key = Scrieți substituenți pentru cheile de acces în fiecare configurație (altfel Web3Signer folosește propriile credențiale AWS ale gazdei sale)
hand-off-review = Verificați unde ajung cheile
hand-off-review-title = { $count ->
        [one] { $count } cheie de semnare pentru { $chain }
        [few] { $count } chei de semnare pentru { $chain }
       *[other] { $count } de chei de semnare pentru { $chain }
    }
hand-off-column-pubkey = Cheia publică de semnare
hand-off-column-path = Cale
hand-off-column-stored-as = Stocată ca
hand-off-passwords-warning = Acest fișier conține parolele keystore-urilor în clar, lângă keystore-uri. Oricine îl citește poate semna cu aceste chei.
hand-off-passwords-ack = Înțeleg că acest fișier conține parolele keystore-urilor; îl voi muta doar pe gazda validatorului și îl voi șterge după import
hand-off-make = Generați fișierele
hand-off-never-signed = Doar pentru chei care nu au semnat niciodată: istoricul de protecție împotriva slashing-ului este gol. Nu rulați niciodată o cheie în două locuri.

## Pașii următori ai fiecărei predări

next-keymanager-title = Importați prin keymanager API
next-keymanager-text = Copiați fișierul de import pe computerul care ajunge la keymanager API al clientului dumneavoastră de validare (sau al Web3Signer), apoi trimiteți-l cu tokenul API și portul dumneavoastră:
next-keymanager-check = Fiecare intrare din data răspunsului ar trebui să indice "imported" (sau "duplicate"). Apoi ștergeți fișierul: conține parolele.
next-web3signer-title = Încărcați cheile în Web3Signer
next-web3signer-text = Copiați keystore-urile și aceste configurații pe gazda semnatarului; scrieți fiecare fișier de parolă lângă keystore-ul său ({ $files }); corectați căile; porniți Web3Signer cu --key-store-path setat la dosarul configurațiilor și verificați /api/v1/eth2/publicKeys.
next-upload-title = Încărcați cheile de pe computerul online
next-upload-text = Copiați { $file } pe computerul online care ajunge la depozit, autentificați-vă în CLI-ul acestuia, dezarhivați, apoi:
next-upload-run = Rularea de probă (dry run) verifică fiecare keystore cu parola dumneavoastră și afișează fiecare comandă; a doua rulare stochează secretele. Apoi înlocuiți substituenții din web3signer/*.yaml și dați aceste fișiere lui Web3Signer.

## Planul de chei per frază mnemonică, pe pagina cheilor

budget-plan-title = { $mnemonics ->
        [one] Plan: { $count ->
                [one] { $count } cheie
                [few] { $count } chei
               *[other] { $count } de chei
            } dintr-o singură frază mnemonică
        [few] Plan: { $count ->
                [one] { $count } cheie
                [few] { $count } chei
               *[other] { $count } de chei
            } din { $mnemonics } fraze mnemonice
       *[other] Plan: { $count ->
                [one] { $count } cheie
                [few] { $count } chei
               *[other] { $count } de chei
            } din { $mnemonics } de fraze mnemonice
    }
budget-plan-mnemonic = Frază mnemonică
budget-plan-indices = Indici de cheie
budget-plan-label = Numele pachetului
budget-plan-in-use = cea în uz
budget-plan-new = nouă
budget-plan-first = Generați acum doar primul lot
keys-hand-off = Predați aceste keystore-uri unui semnatar
