## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = changements BLS-to-execution
review-what-deposits = dépôts de nouveaux validateurs
review-what-exits = sorties volontaires
review-title = Relecture : ce qui sera signé ({ $what })
review-signed-title = Signé : { $what }
review-summary-label = Ce qui a été signé
review-chain = Chaîne
review-fork-version = Version du fork de genèse
review-root = Racine des validateurs de genèse
review-root-label = la racine des validateurs de genèse
review-address = Adresse de destination
review-address-label = l'adresse de destination
review-amount = Montant par validateur
review-epoch = Valide à partir de l'époque
review-validators = Validateurs
review-count-bls-changes = { $count ->
        [one] { $count } changement BLS-to-execution
       *[other] { $count } changements BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] { $count } dépôt d'un nouveau validateur
       *[other] { $count } dépôts de nouveaux validateurs
    }
review-count-exits = { $count ->
        [one] { $count } sortie volontaire
       *[other] { $count } sorties volontaires
    }
review-count = { $count } { $what }
review-column-validator = Validateur
review-column-key-index = Index de clé
review-column-check = Vérification
review-pubkey-from-bls = Depuis la clé publique BLS (clé de retrait)
review-pubkey-signing = Clé publique de signature
review-pubkey-label = la clé publique
review-row-new = nouveau
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Pour confirmer, saisissez le dernier caractère de l'adresse de destination
       *[other] Pour confirmer, saisissez les { $count } derniers caractères de l'adresse de destination
    }
review-confirm-each = Confirmez chaque point
review-tick-chain = La chaîne est { $chain }
review-tick-address = L'adresse de destination m'appartient, vérifiée sur un second appareil
review-tick-validators = Ce sont mes validateurs ({ $count })
review-tick-amount = { $amount } pour chacun
review-tick-epoch = Valide à partir de l'époque { $epoch }
review-blocked = Rien ne peut être signé tant que chaque validateur ci-dessus n'a pas passé les vérifications.

## Hex values and their Copy button

hex-copy = Copier
hex-copied = Copié
hex-copy-label = Copier { $label }

## QR codes, files and long jobs

qr-too-long = trop long pour un seul code QR : { $detail }
files-read-failed = le navigateur n'a pas pu lire le fichier
files-download-failed = le navigateur n'a pas pu proposer le fichier
jobs-worker-refused = le navigateur a refusé de démarrer un Web Worker
jobs-module-not-sent = impossible d'envoyer le module wasm au worker
jobs-job-not-sent = impossible d'envoyer la tâche au worker
job-progress = { $phase } : { $count }, { $elapsed } s
job-progress-eta = { $phase } : { $count }, { $elapsed } s, environ { $eta } s restantes
job-progress-done = { $done }
job-progress-of = { $done } sur { $total }
job-progress-percent = { $percent } %
job-cancel = Annuler
job-cancelled = Annulé. Rien n'a été produit.

## Next steps: what to do with each file made

next-steps-title = Étapes suivantes
next-deposit-title = Données de dépôt : les téléverser, puis déposer
next-deposit-copy = Copiez { $file } sur l'ordinateur depuis lequel vous effectuez le dépôt (il ne contient aucun secret).
next-deposit-open = Ouvrez { $page }, téléversez le fichier et vérifiez que chaque clé publique, les identifiants de retrait et le montant sont ceux du récapitulatif ci-dessus.
next-deposit-upload = Téléversez-le sur la page de dépôt de { $chain }, et vérifiez chaque clé publique, les identifiants de retrait et le montant par rapport au récapitulatif ci-dessus.
next-deposit-sign = Signez-y les transactions de dépôt avec le portefeuille qui détient les fonds. Les dépôts sont irréversibles.
next-deposit-start = Démarrez le validateur avec son keystore avant que le dépôt ne soit traité, afin qu'il ne manque aucune de ses tâches.
next-keystores-title = Keystores : importez-les dans votre client validateur ou votre signataire distant
next-keystores-copy = { $count ->
        [one] Copiez le fichier keystore (ou le zip) sur la machine du validateur. Son mot de passe l'accompagne : saisi sur place, jamais stocké à côté.
       *[other] Copiez les { $count } fichiers keystore (ou le zip) sur la machine du validateur. Leur mot de passe les accompagne : saisi sur place, jamais stocké à côté.
    }
next-keystores-import = Importez-les, par exemple :
next-keystores-web3signer = Web3Signer : cochez « Inclure les configurations de clés Web3Signer » avant « Tout télécharger » ; les fichiers { $files } ainsi ajoutés pointent vers chaque keystore et son fichier de mot de passe.
next-keystores-one-machine = N'exécutez chaque clé que sur une seule machine : la même clé sur deux machines est sanctionnée par un slashing.
next-bls-change-title = Changement BLS-to-execution : à diffuser une seule fois
next-bls-change-copy = Copiez { $file } sur un ordinateur connecté à Internet (il ne contient aucun secret).
next-bls-change-send = Envoyez-le à votre nœud beacon :
next-bls-change-explorer = ou collez-le dans la page de diffusion d'un explorateur de blocs ({ $page } sur le mainnet).
next-bls-change-after = D'ici quelques jours, les identifiants du validateur indiqueront { $prefix } suivi de votre adresse ; les retraits y seront alors versés. Le changement est irréversible.
next-ethdo-title = { $file } d'ethdo : les mêmes changements, pour ethdo
next-ethdo-broadcast = Si vous utilisez ethdo en ligne, diffusez avec lui plutôt qu'avec le fichier ci-dessus (pas les deux) :
next-exits-title = Sorties volontaires : conservez-les jusqu'à ce que vous décidiez de sortir
next-exits-store = { $count ->
        [one] Conservez le fichier de sortie en lieu sûr : quiconque le détient peut faire sortir ce validateur, et une sortie est irréversible.
       *[other] Conservez les { $count } fichiers de sortie en lieu sûr : quiconque en détient un peut faire sortir le validateur concerné, et une sortie est irréversible.
    }
next-exits-send = Pour sortir, envoyez-en un à un nœud beacon :
next-exits-explorer = ou collez-le dans la page de diffusion d'un explorateur de blocs. Le validateur conserve ses tâches jusqu'à ce que la sortie soit effective.
next-never-title = Ne quitte jamais cet ordinateur hors ligne
next-never-text = Votre phrase mnémonique et sa passphrase. Ne les saisissez nulle part ailleurs ; les mots de passe des keystores, uniquement sur la machine qui exécute les clés.
next-print = Imprimer ces étapes

## Shared form pieces: the chain picker, the file list, the public mnemonic acknowledgement,
## and the notice shown when a flow needs a mnemonic first.

common-chain-label = Chaîne
common-chain-choose = Choisissez la chaîne…
common-chain-custom = chaîne personnalisée…
common-custom-name-label = Nom de la chaîne
common-custom-genesis-fork-label = Version du fork de genèse (genesis fork version)
common-custom-capella-fork-label = Version du fork Capella
common-custom-root-label = Racine des validateurs de genèse, genesis validators root (nécessaire pour les changements BLS et les sorties)
common-files-verified = ✓ Chaque fichier ci-dessous a été vérifié (signatures, racines, déchiffrement des keystores) avant d'être proposé.
common-download = Télécharger
common-web3signer = Inclure les configurations de clés Web3Signer ({ $files }, type { $kind })
common-download-all = Tout télécharger ({ $file })
common-show-qr = Codes QR pour un téléphone
common-qr-caption = { $file }, message { $number } sur { $total }
common-qr-label = Code QR : { $file }, message { $number } sur { $total }
common-qr-too-long = { $file }, message { $number } sur { $total } : trop long pour un seul code QR
common-public-ack = Je sais que ces clés sont publiques et je veux tout de même des fichiers pour cette chaîne
common-needs-mnemonic = Cette étape utilise votre phrase mnémonique. Créez-en d'abord une nouvelle ou saisissez celle que vous avez.
common-needs-use = Saisir ma phrase mnémonique
common-needs-create = Créer une nouvelle phrase mnémonique
