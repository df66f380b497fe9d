bls-change-title = Définir l'adresse de retrait (changement BLS-to-execution)
bls-change-warning = Un changement BLS ne peut être inclus qu'une seule fois dans la chaîne et est irréversible. Vérifiez l'adresse sur un second appareil.
bls-change-validators-legend = Vos validateurs, tels que la Beacon Chain les connaît
bls-change-find-hint = Vous avez la liste de la Beacon Chain (les validateurs de la beacon API, ou le fichier { $file } d'ethdo) ?
bls-change-find = Les trouver dans la liste
bls-change-start-index-label = Index de clé du premier validateur ci-dessous
bls-change-validator-indices-label = Index des validateurs (Beacon Chain), séparés par des virgules ou des retours à la ligne
bls-change-credentials-label = Leurs identifiants de retrait actuels (0x00…), dans le même ordre
bls-change-derive-credentials = Remplir les identifiants que ma phrase mnémonique donne pour ces index de clé
bls-change-address-label = Nouvelle adresse d'exécution (de retrait), avec somme de contrôle EIP-55
bls-change-address-again-label = La même adresse, à nouveau
bls-change-review = Relire ce qui sera signé
bls-change-sign = Signer les changements BLS-to-execution

## Ownership proof

proof-title = Prouver la propriété de l'adresse de retrait
proof-not-consensus = Ce n'est pas un message destiné à la chaîne : le signer ne change rien sur la chaîne, et ni un nœud beacon ni le Launchpad ne l'acceptent. Certains opérateurs le demandent pour que le staker prouve qu'il contrôle la clé de signature du validateur et désigne une adresse.
proof-what = Le fichier déclare, signé avec la clé de signature du validateur, que les retraits du validateur doivent aller à l'adresse ci-dessous. Il est demandé, par exemple, aux stakers qui ont perdu la phrase mnémonique de leurs identifiants 0x00 mais détiennent encore le keystore de signature.
proof-reference = deposit-cli produit le même fichier avec sa commande :
proof-source-legend = Signer avec
proof-source-keystore = le fichier keystore du validateur et son mot de passe
proof-source-mnemonic = ma phrase mnémonique, à l'index de clé du validateur
proof-keystore-file-label = Fichier keystore du validateur
proof-keystore-password-label = Mot de passe du keystore
proof-key-index-label = Index de clé de la clé de signature du validateur
proof-validator-pubkey-label = Clé publique du validateur (recommandé : la clé de signature devra alors être celle de ce validateur)
proof-validator-index-label = Index du validateur (Beacon Chain)
proof-address-label = L'adresse de retrait que la preuve désigne, avec somme de contrôle EIP-55
proof-address-again-label = La même adresse, à nouveau
proof-review = Relire ce qui sera signé
proof-sign = Signer la preuve
review-what-ownership-proof = preuve de propriété de l'adresse de retrait
review-count-ownership-proof = { $count ->
        [one] { $count } preuve de propriété de l'adresse de retrait
       *[other] { $count } preuves de propriété de l'adresse de retrait
    }
next-proof-title = Preuve de propriété de l'adresse de retrait : remettez-la à qui l'a demandée
next-proof-copy = Copiez { $file } sur un ordinateur connecté à Internet (il ne contient aucun secret).
next-proof-send = Envoyez le fichier (ou sa signature) à l'opérateur ou au processus qui l'a demandé, de la manière indiquée. Il n'y a rien à diffuser : ni un nœud beacon ni le Launchpad ne l'acceptent.
next-proof-nothing-on-chain = À lui seul, il ne prouve rien sur la chaîne et ne modifie aucun identifiant de retrait : l'adresse d'un validateur 0x00 n'est fixée que par un changement BLS-to-execution signé avec sa clé de retrait.
