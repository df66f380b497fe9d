## Verificarea dinaintea semnării

review-what-bls-changes = modificări BLS-to-execution
review-what-deposits = depuneri pentru validatori noi
review-what-exits = ieșiri voluntare
review-title = Verificare: ce va fi semnat ({ $what })
review-signed-title = Semnat: { $what }
review-summary-label = Ce a fost semnat
review-chain = Rețea
review-fork-version = Versiunea fork de geneză
review-root = Rădăcina validatorilor de geneză
review-root-label = rădăcina validatorilor de geneză
review-address = Adresa de destinație
review-address-label = adresa de destinație
review-amount = Suma per validator
review-epoch = Valabil din epoca
review-validators = Validatori
review-count-bls-changes = { $count ->
        [one] { $count } modificare BLS-to-execution
        [few] { $count } modificări BLS-to-execution
       *[other] { $count } de modificări BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] { $count } depunere pentru un validator nou
        [few] { $count } depuneri pentru validatori noi
       *[other] { $count } de depuneri pentru validatori noi
    }
review-count-exits = { $count ->
        [one] { $count } ieșire voluntară
        [few] { $count } ieșiri voluntare
       *[other] { $count } de ieșiri voluntare
    }
review-count = { $count } { $what }
review-column-validator = Validator
review-column-key-index = Indice de cheie
review-column-check = Verificare
review-pubkey-from-bls = De la cheia publică BLS (cheia de retragere)
review-pubkey-signing = Cheia publică de semnare
review-pubkey-label = cheia publică
review-row-new = nou
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Pentru confirmare, tastați ultimul caracter al adresei de destinație
        [few] Pentru confirmare, tastați ultimele { $count } caractere ale adresei de destinație
       *[other] Pentru confirmare, tastați ultimele { $count } de caractere ale adresei de destinație
    }
review-confirm-each = Confirmați fiecare element
review-tick-chain = Rețeaua este { $chain }
review-tick-address = Adresa de destinație îmi aparține, verificată pe un al doilea dispozitiv
review-tick-validators = Aceștia sunt validatorii mei ({ $count })
review-tick-amount = { $amount } pentru fiecare
review-tick-epoch = Valabil din epoca { $epoch }
review-blocked = Nu se poate semna nimic până când toți validatorii de mai sus nu sunt în regulă.

## Valori hexazecimale și butonul Copiați

hex-copy = Copiați
hex-copied = Copiat
hex-copy-label = Copiați { $label }

## Coduri QR, fișiere și sarcini lungi

qr-too-long = prea lung pentru un singur cod QR: { $detail }
files-read-failed = browserul nu a putut citi fișierul
files-download-failed = browserul nu a putut oferi fișierul pentru descărcare
jobs-worker-refused = browserul a refuzat să pornească un Web Worker
jobs-module-not-sent = modulul wasm nu a putut fi trimis către worker
jobs-job-not-sent = sarcina nu a putut fi trimisă către worker
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, mai sunt aproximativ { $eta } s
job-progress-done = { $done }
job-progress-of = { $done } din { $total }
job-progress-percent = { $percent }%
job-cancel = Anulați
job-cancelled = Anulat. Nu s-a generat nimic.

## Pașii următori

next-steps-title = Pașii următori
next-deposit-title = Date de depunere: încărcați-le, apoi depuneți
next-deposit-copy = Copiați { $file } pe computerul de pe care faceți depunerea (nu conține niciun secret).
next-deposit-open = Deschideți { $page }, încărcați fișierul și verificați că fiecare cheie publică, credențialele de retragere și suma sunt cele din rezumatul de mai sus.
next-deposit-upload = Încărcați-l pe pagina de depunere a rețelei { $chain } și verificați fiecare cheie publică, credențialele de retragere și suma cu rezumatul de mai sus.
next-deposit-sign = Semnați acolo tranzacțiile de depunere cu portofelul care deține fondurile. Depunerile nu pot fi anulate.
next-deposit-start = Porniți validatorul cu keystore-ul său înainte ca depunerea să fie procesată, ca să nu rateze nicio îndatorire.
next-keystores-title = Keystore-uri: importați-le în clientul de validare sau în semnatarul la distanță
next-keystores-copy = { $count ->
        [one] Copiați fișierul keystore (sau arhiva zip) pe computerul validatorului. Parola îl însoțește: tastată acolo, niciodată stocată lângă el.
        [few] Copiați cele { $count } fișiere keystore (sau arhiva zip) pe computerul validatorului. Parola le însoțește: tastată acolo, niciodată stocată lângă ele.
       *[other] Copiați cele { $count } de fișiere keystore (sau arhiva zip) pe computerul validatorului. Parola le însoțește: tastată acolo, niciodată stocată lângă ele.
    }
next-keystores-import = Importați-le, de exemplu:
next-keystores-web3signer = Web3Signer: bifați „Includeți configurațiile de chei Web3Signer” înainte de „Descărcați tot”; fișierele sale { $files } indică fiecare keystore și fișierul cu parola acestuia.
next-keystores-one-machine = Rulați fiecare cheie pe un singur computer: aceeași cheie rulată pe două computere este penalizată prin slashing.
next-bls-change-title = Modificare BLS-to-execution: difuzați-o o singură dată
next-bls-change-copy = Copiați { $file } pe un computer conectat la internet (nu conține niciun secret).
next-bls-change-send = Trimiteți-l către nodul dumneavoastră beacon:
next-bls-change-explorer = sau lipiți-l în pagina de difuzare (broadcast) a unui explorator de blocuri ({ $page } pe mainnet).
next-bls-change-after = În câteva zile, credențialele validatorului vor începe cu { $prefix }, urmat de adresa dumneavoastră; retragerile vor merge apoi acolo. Modificarea nu poate fi anulată.
next-ethdo-title = { $file } al ethdo: aceleași modificări, pentru ethdo
next-ethdo-broadcast = Dacă folosiți ethdo online, difuzați cu el în locul fișierului de mai sus (nu pe amândouă):
next-exits-title = Ieșiri voluntare: păstrați-le până când decideți să ieșiți
next-exits-store = { $count ->
        [one] Păstrați fișierul de ieșire în siguranță: oricine îl deține poate declanșa ieșirea acelui validator, iar o ieșire nu poate fi anulată.
        [few] Păstrați cele { $count } fișiere de ieșire în siguranță: oricine deține unul dintre ele poate declanșa ieșirea validatorului respectiv, iar o ieșire nu poate fi anulată.
       *[other] Păstrați cele { $count } de fișiere de ieșire în siguranță: oricine deține unul dintre ele poate declanșa ieșirea validatorului respectiv, iar o ieșire nu poate fi anulată.
    }
next-exits-send = Pentru a ieși, trimiteți unul dintre ele către un nod beacon:
next-exits-explorer = sau lipiți-l în pagina de difuzare (broadcast) a unui explorator de blocuri. Validatorul își păstrează îndatoririle până la finalizarea ieșirii.
next-never-title = Nu părăsește niciodată acest computer offline
next-never-text = Fraza dumneavoastră mnemonică și passphrase-ul ei. Nu le tastați nicăieri altundeva; parolele keystore-urilor, doar pe computerul care rulează cheile.
next-print = Imprimați acești pași

## Elemente comune ale formularelor

common-chain-label = Rețea
common-chain-choose = Alegeți rețeaua…
common-chain-custom = rețea personalizată…
common-custom-name-label = Numele rețelei
common-custom-genesis-fork-label = Versiunea fork de geneză
common-custom-capella-fork-label = Versiunea fork Capella
common-custom-root-label = Rădăcina validatorilor de geneză (necesară pentru modificări BLS și ieșiri)
common-files-verified = ✓ Fiecare fișier de mai jos a fost verificat (semnături, rădăcini, decriptarea keystore-urilor) înainte de a fi oferit.
common-download = Descărcați
common-web3signer = Includeți configurațiile de chei Web3Signer ({ $files }, tip { $kind })
common-download-all = Descărcați tot ({ $file })
common-show-qr = Coduri QR pentru telefon
common-qr-caption = { $file }, mesajul { $number } din { $total }
common-qr-label = Cod QR: { $file }, mesajul { $number } din { $total }
common-qr-too-long = { $file }, mesajul { $number } din { $total }: prea lung pentru un singur cod QR
common-public-ack = Știu că aceste chei sunt publice și doresc totuși fișiere pentru această rețea
common-needs-mnemonic = Acest pas pornește de la fraza dumneavoastră mnemonică. Creați mai întâi una nouă sau introduceți-o pe cea pe care o aveți.
common-needs-use = Introduceți fraza mnemonică
common-needs-create = Creați o frază mnemonică nouă
