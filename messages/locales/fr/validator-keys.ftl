keys-title = Générer des clés de validateur
keys-hint = Seuls les keystores de signature vont sur votre nœud validateur ou votre signataire distant (remote signer). La phrase mnémonique, jamais : conservez-la hors ligne, elle contrôle aussi les clés de retrait.
keys-public-mnemonic = Ceci est une phrase mnémonique de test publiée : n'importe qui peut dériver ces clés. Utilisez-la uniquement sur des réseaux de test.
keys-start-index-label = Index de départ (premier index de clé à utiliser)
keys-count-label = Nombre de validateurs
keys-budget-label = Budget de clés par phrase mnémonique
keys-budget-new-mnemonic = Commencer une nouvelle phrase mnémonique pour le reste
keys-credentials-legend = Identifiants de retrait
keys-kind-compounding = 0x02 compounding, à capitalisation automatique (recommandé ; de 1 à 2048 ETH)
keys-kind-execution = 0x01 adresse d'exécution (exactement 32 ETH)
keys-kind-bls = 0x00 BLS (déconseillé)
keys-amount-label = Montant par validateur, en { $currency }
keys-bls-warning = Les identifiants 0x00 bloquent les retraits jusqu'à ce que vous signiez un changement BLS-to-execution avec la clé de retrait.
keys-bls-ack = Je comprends et je veux des identifiants 0x00
keys-address-label = Adresse d'exécution (de retrait), avec somme de contrôle EIP-55
keys-address-again-label = La même adresse, à nouveau
keys-password-label = Mot de passe du keystore
keys-password-again-label = Mot de passe du keystore (confirmation)
keys-rule-minimum-length = { $count ->
        [one] au moins { $count } caractère (les caractères de contrôle ne comptent pas)
       *[other] au moins { $count } caractères (les caractères de contrôle ne comptent pas)
    }
keys-rule-confirmed = saisi deux fois à l'identique
keys-kdf-label = KDF du keystore
keys-kdf-scrypt = scrypt (par défaut, comme deposit-cli)
keys-independent-salts = Un sel et une exécution de KDF distincts pour chaque keystore (plus lent ; rien n'est partagé entre les fichiers)
keys-review = Relire ce qui sera signé
keys-sign = Signer : créer les keystores et les données de dépôt
