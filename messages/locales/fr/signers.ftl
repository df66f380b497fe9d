hand-off-title = Confier les clés à un signataire
hand-off-hint = Pour les keystores de signature uniquement. La phrase mnémonique et les clés de retrait ne vont jamais sur un nœud ni sur un signataire : conservez-les hors ligne.
hand-off-keystores-label = Keystores de signature (un ou plusieurs fichiers)
hand-off-keystores-read = { $count ->
        [one] { $count } keystore lu
       *[other] { $count } keystores lus
    }
hand-off-from-keys = Les keystores que vous venez de créer sont chargés.
hand-off-password-label = Le mot de passe des keystores
hand-off-destination-legend = Destination des clés
hand-off-keymanager = Un client validateur ou Web3Signer, via la keymanager API (un seul fichier d'import)
hand-off-web3signer = Web3Signer, qui lit les keystores sur son propre disque
hand-off-vault = Web3Signer avec HashiCorp Vault (paquet à téléverser)
hand-off-aws = Web3Signer avec AWS Secrets Manager (paquet à téléverser)
hand-off-vault-host-label = Hôte du serveur Vault (sans https://, sans port)
hand-off-vault-port-label = Port du serveur Vault
hand-off-vault-tls = Web3Signer joint Vault via TLS
hand-off-vault-mount-label = Point de montage KV v2
hand-off-vault-folder-label = Dossier sous le point de montage (chaque clé est dossier/clé publique)
hand-off-aws-region-label = Région AWS
hand-off-aws-prefix-label = Préfixe des noms de secrets (chaque clé est préfixe + clé publique)
hand-off-aws-access-key = Écrire des espaces réservés pour les clés d'accès dans chaque configuration (sinon, Web3Signer utilise les propres identifiants AWS de son hôte)
hand-off-review = Vérifier où vont les clés
hand-off-review-title = { $count ->
        [one] { $count } clé de signature pour { $chain }
       *[other] { $count } clés de signature pour { $chain }
    }
hand-off-column-pubkey = Clé publique de signature
hand-off-column-path = Chemin
hand-off-column-stored-as = Stockée sous
hand-off-passwords-warning = Ce fichier contient en clair les mots de passe des keystores, à côté des keystores. Quiconque le lit peut signer avec ces clés.
hand-off-passwords-ack = Je comprends que ce fichier contient les mots de passe des keystores ; je ne le déplacerai que vers l'hôte du validateur et je le supprimerai après l'import
hand-off-make = Créer les fichiers
hand-off-never-signed = Uniquement pour des clés qui n'ont jamais signé : l'historique de protection contre le slashing est vide. N'exécutez jamais une clé à deux endroits.

## Next steps of each hand-off.

next-keymanager-title = Importer avec la keymanager API
next-keymanager-text = Copiez le fichier d'import sur la machine qui accède à la keymanager API de votre client validateur (ou de Web3Signer), puis envoyez-le avec votre jeton d'API et votre port :
next-keymanager-check = Chaque entrée du champ data de la réponse doit indiquer "imported" (ou "duplicate"). Supprimez ensuite le fichier : il contient les mots de passe.
next-web3signer-title = Charger les clés dans Web3Signer
next-web3signer-text = Copiez les keystores et ces configurations sur l'hôte du signataire ; écrivez chaque fichier de mot de passe à côté de son keystore ({ $files }) ; corrigez les chemins ; démarrez Web3Signer avec --key-store-path pointant vers le dossier des configurations et vérifiez /api/v1/eth2/publicKeys.
next-upload-title = Téléverser les clés depuis la machine en ligne
next-upload-text = Copiez { $file } sur la machine en ligne qui accède au stockage, connectez-vous avec sa CLI, décompressez, puis :
next-upload-run = L'essai à blanc (dry run) vérifie chaque keystore avec votre mot de passe et affiche chaque commande ; la seconde exécution enregistre les secrets. Remplacez ensuite les espaces réservés dans web3signer/*.yaml et transmettez ces fichiers à Web3Signer.

## Key budget plan on the keys page.

budget-plan-title = { $mnemonics ->
        [one] Plan : { $count } clés à partir de 1 phrase mnémonique
       *[other] Plan : { $count } clés à partir de { $mnemonics } phrases mnémoniques
    }
budget-plan-mnemonic = Phrase mnémonique
budget-plan-indices = Index de clé
budget-plan-label = Nom du paquet
budget-plan-in-use = celle en cours d'utilisation
budget-plan-new = nouvelle
budget-plan-first = Ne créer que le premier lot maintenant
keys-hand-off = Confier ces keystores à un signataire
