verify-title = Vérifier des fichiers
verify-file-label = Fichier de données de dépôt, de changement BLS, de sortie, de preuve de propriété, de requête de retrait ou de consolidation, ou keystore (de n'importe quel outil)

## What the chosen file is

verify-kind-keystore = Un keystore : saisissez son mot de passe pour le vérifier.
verify-kind-deposit-data = Données de dépôt.
verify-kind-builder-deposit-data = Données de dépôt de builder.
verify-kind-bls-changes = Changements BLS-to-execution.
verify-kind-exit = Une sortie volontaire signée.
verify-kind-ownership-proof = Une preuve de propriété de l'adresse de retrait (la signature BLS-to-execution change keystore de deposit-cli).
verify-kind-execution-request = Une requête de retrait ou de consolidation : une transaction pour le portefeuille de l'adresse de retrait (EIP-7002, EIP-7251).

## The form

verify-password-label = Mot de passe du keystore
verify-exit-pubkey-label = Clé publique de signature du validateur (0x…)
verify-expected-address-label = Adresse de retrait attendue (facultative, avec somme de contrôle) : chaque entrée doit y envoyer les fonds
verify-key-count-label = Index de clé de votre phrase mnémonique à comparer avec le fichier (à partir de 0)
verify-no-mnemonic = Chargez d'abord votre phrase mnémonique pour voir laquelle de ses clés chaque entrée utilise.
verify-check = Vérifier

## A keystore opened

verify-keystore-ok = ✓ Le mot de passe ouvre ce keystore : clé publique { $pubkey }, chemin { $path }
verify-keystore-path-signing = { $path } (clé de signature de l'index de clé de validateur { $index })
verify-keystore-path-withdrawal = { $path } (clé de retrait de l'index de clé de validateur { $index })
verify-keystore-path-none = aucun indiqué
verify-keystore-path-other = { $path } (pas un chemin de clé de validateur EIP-2334)

## Where the funds go

verify-destinations-title = { $count ->
        [one] Les fonds vont à
       *[other] Les fonds vont à ces adresses
    }
verify-no-address-deposit = Aucune adresse d'exécution : les dépôts ont des identifiants 0x00 (BLS), un changement BLS-to-execution est donc nécessaire avant tout retrait.
verify-no-address = Aucune adresse d'exécution n'a pu être lue dans ce fichier.
verify-address-differs = ✗ pas l'adresse attendue
verify-execution-address-label = l'adresse d'exécution

## The network the file names

verify-network-none = Ce fichier n'indique aucun réseau (les fichiers de sortie et les fichiers de changement d'ethdo n'en contiennent pas) ; ses signatures ont été vérifiées pour { $chain }.
verify-network-named = Le fichier indique { $networks } ; ses signatures ont été vérifiées pour { $chain }.
verify-networks-join = { $first } et { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = aucune chaîne intégrée

## Each entry

verify-entry-valid = Entrée { $number } : ✓ valide
verify-entry-invalid = Entrée { $number } : ✗ { $problems }
verify-your-mnemonic = Votre phrase mnémonique
verify-validator-pubkey = Clé publique du validateur
verify-validator-pubkey-label = la clé publique du validateur
verify-withdrawal-credentials = Identifiants de retrait
verify-amount = Montant
verify-amount-value = { $amount } ({ $gwei } gwei dans le contrat de dépôt)
verify-signature = Signature
verify-validator-index = Index du validateur
verify-from-bls-key = Depuis la clé de retrait (BLS)
verify-bls-pubkey-label = la clé publique de retrait BLS
verify-to-address = Vers l'adresse d'exécution
verify-epoch = Époque (valide à partir de)
verify-checked-pubkey = Vérifiée avec la clé publique de signature
verify-signing-pubkey-label = la clé publique de signature
verify-unreadable = illisible

## Withdrawal credentials

verify-credentials-bls = { $prefix } — clé de retrait BLS : pas encore d'adresse d'exécution (un changement BLS-to-execution la définit)
verify-credentials-execution = { $prefix } — adresse d'exécution
verify-credentials-compounding = { $prefix } — compounding (capitalisation automatique), vers l'adresse d'exécution
verify-credentials-builder = { $prefix } — builder, vers l'adresse d'exécution
verify-credentials-unknown = { $prefix } — un préfixe que les spécifications du consensus ne définissent pas
verify-credentials-all-bytes = Les 32 octets
verify-credentials-label = les identifiants de retrait

## Signatures

verify-signature-valid = ✓ valide pour la chaîne choisie
verify-signature-invalid = ✗ non valide pour la chaîne choisie
verify-signature-not-checked = non vérifiée (voir les problèmes ci-dessus)

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] clé de signature
       *[withdrawal] clé de retrait
    } : index de clé { $index } de votre phrase mnémonique
verify-key-match-none = { $key ->
        [signing] clé de signature
       *[withdrawal] clé de retrait
    } : ne provient pas de votre phrase mnémonique ({ $count ->
        [one] { $count } index de clé vérifié
       *[other] les { $count } premiers index de clé vérifiés
    })

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = Clé publique de signature du validateur (0x…) ; laissez-la vide pour essayer les clés de signature de votre phrase mnémonique
verify-signer-keystore-label = Ou le fichier keystore du validateur : seule la clé publique qu'il indique est lue (sans mot de passe)
verify-signer-keystore-read = ✓ { $name } lu : l'entrée est vérifiée avec sa clé publique
verify-destinations-proof = L'adresse que cette preuve désigne
verify-proof-not-consensus = Ce n'est pas un message de consensus : il ne change rien sur la chaîne, et aucun nœud beacon ne l'accepte.
verify-request-action = Ce qu'elle demande
verify-request-action-full-exit = une sortie complète du validateur : tout son solde est retiré
verify-request-action-partial-withdrawal = un retrait partiel d'un validateur 0x02
verify-request-action-switch-to-compounding = le passage du validateur aux identifiants 0x02 (compounding)
verify-request-action-consolidation = une consolidation : le validateur source sort et son solde passe à la cible
verify-request-chain-id = ID de chaîne
verify-request-from = À envoyer depuis (l'adresse de retrait)
verify-request-to = Vers le contrat système
verify-request-to-label = adresse du contrat
verify-request-value = Valeur jointe (les frais du contrat)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Clé publique du validateur source
verify-request-target-pubkey = Clé publique du validateur cible
verify-request-amount = Montant à retirer
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Aucun fonds ne va à une adresse : une consolidation transfère le solde du validateur source au validateur cible, et un passage en 0x02 ne transfère rien.
verify-network-request = Vérifiée avec l'ID de chaîne et les contrats de requête de { $chain }. Le fichier ne porte aucune signature : le portefeuille de l'adresse de retrait signe la transaction en l'envoyant.
