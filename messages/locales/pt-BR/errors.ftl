## Opções passadas ao pacote ou ao worker

error-options_not_object = as opções devem ser um objeto, como {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] opção desconhecida “{ $field }” (você quis dizer “{ $nearest }”?); as opções aqui são { $known }
       *[other] opção desconhecida “{ $field }”; as opções aqui são { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language e keyCount comparam as entradas com uma frase mnemônica: informe também a frase mnemônica
        [verify_needs_pubkey] informe a chave pública de assinatura do validador para verificar uma saída
        [verify_needs_signer] informe a chave pública de assinatura do validador, o keystore dele ou a frase mnemônica para verificar a prova de titularidade do endereço de saque
       *[other] a opção “{ $field }” é obrigatória
    }

error-option_type = { $reason ->
        [not_string] opção “{ $path }”: esperava-se uma string
        [not_option_value] opção “{ $path }”: uma função, um symbol ou um BigInt não pode ser uma opção aqui; valores uint64 são strings decimais
        [unreadable] não foi possível ler a opção “{ $path }”
        [not_json] a opção “{ $path }” tem um tipo que o JSON não consegue representar
        [not_function] opção “{ $path }”: esperava-se uma função (done, total, phase)
       *[other] opção “{ $path }”: esperava-se { $expected }, foi recebido { $found }
    }

error-option_value = { $reason ->
        [not_one_of] opção “{ $path }”: “{ $found }” não é um destes valores: { $expected }
        [invalid] opção “{ $path }”: { $detail }
        [invalid_options] opções inválidas: { $detail }
        [keystore_not_verified] um keystore é verificado abrindo-o com a sua senha, e não como um arquivo assinado
        [hand_off_not_verified] este arquivo é verificado quando é gerado, relendo-o; ele não contém nenhuma assinatura a verificar
       *[other] opção “{ $path }”: esperava-se { $expected }, foi recebido { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] opções inválidas: assine com um keystore (keystore e password) ou com a frase mnemônica (mnemonic e keyIndex, com passphrase e language se necessário), não com os dois
        [pubkey_or_keystore] opções inválidas: informe a chave pública de assinatura do validador ou o keystore dele, não os dois
       *[other] opções inválidas: informe startIndex ou keyIndices (um índice de chave por validador), não os dois
    }

error-text_lone_surrogate = este texto contém um surrogate UTF-16 isolado (metade de um caractere); ele não pode ser codificado e seria substituído sem aviso, gerando outras chaves: digite-o novamente

## Campos hexadecimais

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] a versão do fork de gênese da rede deve começar com 0x
        [chain_capella_fork_version] a versão do fork Capella (de saída) da rede deve começar com 0x
        [chain_genesis_validators_root] a raiz dos validadores de gênese da rede deve começar com 0x
        [execution_address] o endereço de execução deve começar com 0x (0x e 40 dígitos hexadecimais)
        [import_entry] { $entry }: { $name } deve começar com 0x
        [import_file] arquivo: { $name } deve começar com 0x
       *[other] { $field } deve começar com 0x
    }

error-hex_unexpected_prefix = { $field } não deve começar com 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] a versão do fork de gênese da rede não está em hexadecimal
        [chain_capella_fork_version] a versão do fork Capella (de saída) da rede não está em hexadecimal
        [chain_genesis_validators_root] a raiz dos validadores de gênese da rede não está em hexadecimal
        [validator_pubkey] a chave pública do validador não está em hexadecimal
        [execution_address] o endereço de execução não está em hexadecimal (0x e 40 dígitos hexadecimais)
        [withdrawal_credentials] as credenciais de saque nº { $position } não estão em hexadecimal (0x e 64 dígitos hexadecimais)
        [import_entry] { $entry }: { $name } não está em hexadecimal
        [import_csv_line] linha { $line } do CSV: { $name } não está em hexadecimal
        [import_file] arquivo: { $name } não está em hexadecimal
       *[other] { $field } não está em hexadecimal
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] a versão do fork de gênese da rede tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [chain_capella_fork_version] a versão do fork Capella (de saída) da rede tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [chain_genesis_validators_root] a raiz dos validadores de gênese da rede tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [validator_pubkey] a chave pública do validador tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [execution_address] o endereço de execução tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected } (0x e 40 dígitos hexadecimais)
        [withdrawal_credentials] as credenciais de saque nº { $position } têm { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; devem ter { $expected } (0x e 64 dígitos hexadecimais)
        [import_entry] { $entry }: { $name } tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [import_csv_line] linha { $line } do CSV: { $name } tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [import_file] arquivo: { $name } tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
       *[other] { $field } tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
    }

## Números digitados ou lidos de arquivos

error-not_uint64 = { $subject ->
        [value] “{ $text }” não é um número inteiro de 0 a 18446744073709551615
        [validator_index] o índice de validador nº { $position }, “{ $text }”, não é um número inteiro de 0 a 18446744073709551615
        [import_entry] { $entry }: { $name } “{ $text }” não é um uint64 decimal
        [import_csv_line] linha { $line } do CSV: { $name } “{ $text }” não é um uint64 decimal
        [import_file] arquivo: { $name } “{ $text }” não é um uint64 decimal
       *[other] { $field } “{ $text }” não é um uint64 decimal
    }

error-not_key_index = “{ $text }” não é um índice de chave: use um número inteiro de 0 a 4294967295, somente dígitos

error-not_ether_amount = “{ $text }” não é um valor em ETH com no máximo 9 casas decimais (gwei inteiros), como 32 ou 40.5 (com ponto)

## Frases mnemônicas

error-mnemonic_word_count = a frase mnemônica tem { $words ->
        [one] { $words } palavra
       *[other] { $words } palavras
    }; ela deve ter 12, 15, 18, 21 ou 24

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] a palavra nº { $position } não está na lista de palavras BIP39; confira a grafia
       *[other] a palavra nº { $position } não está na lista de palavras BIP39: ela contém o caractere { $invisible }, que não é uma letra; digite a palavra novamente
    }

error-mnemonic_mixed_languages = as palavras vêm de listas de palavras BIP39 diferentes; uma frase mnemônica usa um único idioma

error-mnemonic_checksum = o checksum da frase mnemônica está incorreto: uma palavra foi digitada errada, está faltando ou está fora de ordem

error-mnemonic_ambiguous_language = a frase mnemônica é válida em mais de um idioma ({ $languages }); escolha o idioma

error-mnemonic_unknown_language = idioma de frase mnemônica desconhecido “{ $name }”; use um destes: { $known }

error-mnemonic_public_not_acknowledged = esta é uma frase mnemônica de teste publicada: qualquer pessoa pode derivar as chaves dela e tomar o que elas detêm. Em { $chain }, cuja moeda tem valor real, nada é gerado a partir dela sem uma confirmação explícita

error-passphrase_mismatch = as duas passphrases são diferentes

error-rng_unavailable = nenhum gerador seguro de números aleatórios está disponível (crypto.getRandomValues); a geração de chaves foi recusada

## Índices de chave e lotes

error-key_budget_exceeded = isto usaria índices de chave até { $last_index }, além do seu limite de { $budget ->
        [one] { $budget } validador
       *[other] { $budget } validadores
    } por frase mnemônica; considere uma nova frase mnemônica para o restante, para que uma frase vazada exponha menos validadores

error-count_zero = o número de validadores deve ser pelo menos 1

error-count_too_large = { $reason ->
        [search_keys] o número de índices de chave, { $count }, está fora do que uma busca examina: de 1 a { $limit }
       *[other] { $count } validadores em um único lote; no máximo { $limit } por lote: divida conjuntos maiores em vários lotes
    }

error-key_index_past_last = { $count } validadores a partir do índice { $start } ultrapassariam o último índice de chave, 4294967295

error-count_mismatch = { $of ->
        [key_indices] { $validators ->
            [one] { $validators } índice de validador
           *[other] { $validators } índices de validador
        }, mas { $other ->
            [one] { $other } índice de chave
           *[other] { $other } índices de chave
        }; informe um índice de chave por validador
       *[other] { $validators ->
            [one] { $validators } índice de validador
           *[other] { $validators } índices de validador
        }, mas { $other ->
            [one] { $other } credencial de saque
           *[other] { $other } credenciais de saque
        }; informe uma credencial por validador, na mesma ordem
    }

error-no_validators = { $reason ->
        [import] a importação não contém nenhum validador
       *[other] informe pelo menos um índice de validador
    }

error-duplicate_validator = { $reason ->
        [import] o validador { $validator_index } aparece duas vezes na importação
       *[other] o validador { $validator_index } aparece duas vezes na lista
    }

error-key_path_missing_root = um caminho de chave deve começar com “m/”

error-key_path_no_indices = um caminho de chave precisa de pelo menos um índice depois de “m”

error-key_path_bad_index = o nível { $level } do caminho de chave, “{ $text }”, não é um índice de 0 a 4294967295

## Redes

error-chain_not_chosen = escolha a rede primeiro: nada é gerado para uma rede que você não escolheu

error-chain_unknown = rede desconhecida “{ $name }”; use uma destas: { $known }, ou informe as versões de fork e a raiz de uma rede personalizada

error-chain_name_invalid = uma rede personalizada precisa de um nome de 1 a 64 caracteres, entre letras, dígitos, - e _ (ele é gravado nos arquivos de depósito)

error-chain_no_genesis_validators_root = a rede { $chain } não tem raiz dos validadores de gênese, portanto não é possível assinar alterações BLS nem saídas para ela; informe a raiz

error-chain_impersonates_builtin = estes valores de rede coincidem em parte com os de { $builtin }: { $differing ->
        [genesisForkVersion] a versão do fork de gênese é diferente
        [capellaForkVersion] a versão do fork Capella (de saída) é diferente
        [genesisValidatorsRoot] a raiz dos validadores de gênese é diferente
        [genesis_fork_version] genesis_fork_version é diferente
        [exit_fork_version] exit_fork_version é diferente
        [genesis_validators_root] genesis_validators_root é diferente
       *[other] { $differing } são diferentes
    }; uma rede que compartilha qualquer um dos valores de { $builtin } deve ser a própria { $builtin } (mensagens assinadas com eles poderiam ser válidas em { $builtin })

error-chain_builtin_name_reused = “{ $name }” é uma rede integrada: escolha-a pelo nome ou dê outro nome à rede personalizada

error-chain_import_differs = A importação foi feita em { $imported }, mas { $selected } está selecionada; a assinatura usa os valores de rede da importação ({ $imported }).

## Endereços de execução

error-address_not_checksummed = o endereço de execução não tem checksum EIP-55; copie-o da sua carteira, com as letras maiúsculas e minúsculas. A forma com checksum é { $checksummed }: compare-a caractere por caractere

error-address_bad_checksum = o endereço de execução não passa na verificação do checksum EIP-55, portanto há um caractere errado; com estes caracteres, o endereço seria { $checksummed }

error-address_zero = o endereço de execução é o endereço zero; fundos enviados para ele são perdidos

error-address_confirmation_mismatch = os dois endereços são diferentes; cole o mesmo endereço com checksum nos dois campos

error-address_ending_mismatch = { $count ->
        [one] este não é o último caractere do endereço: leia-o novamente no endereço mostrado acima
       *[other] estes não são os últimos { $count } caracteres do endereço: leia-os novamente no endereço mostrado acima
    }

## Chaves BLS

error-pubkey_invalid = { $subject ->
        [validator_pubkey] a chave pública do validador não é uma chave pública BLS válida (ponto G1 comprimido de 48 bytes, no subgrupo)
       *[other] { $field } não é uma chave pública BLS válida (ponto G1 comprimido de 48 bytes, no subgrupo)
    }

## Depósitos

error-deposit_bls_not_allowed = credenciais de saque 0x00 (BLS) exigem uma aceitação explícita: os fundos ficam bloqueados até que uma alteração BLS-to-execution seja assinada; informe um endereço de execução em vez disso

error-deposit_amount_not_allowed = um depósito com credenciais 0x00 ou 0x01 é de exatamente 32 ETH; foram pedidos { $amount } ETH (escolha 0x02 compounding para outros valores)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] o valor de { $amount } ETH está fora do intervalo de 1 a 2048 ETH (de 1/32 a 64 GNO nas redes Gnosis)
       *[other] o valor de { $amount } ETH está fora do intervalo de 1 a 2048 ETH
    }

error-builder_amount_too_small = o valor de { $amount } ETH está abaixo do mínimo de um depósito de builder, 1 ETH (depósitos de builder não têm máximo)

error-builder_keys_are_validator_keys = as chaves de builder { $first_index } a { $last_index } são as chaves de assinatura de validador m/12381/3600/i/0/0 desta frase mnemônica nos mesmos índices (assim o deposit-cli foi projetado): se esta frase mnemônica tiver validadores nesses índices, não a use para builders; use uma nova frase mnemônica

## Alterações BLS-to-execution e saídas

error-bls_change_already_execution = o validador { $validator_index } já tem credenciais de execução { $prefix }; uma alteração BLS só converte credenciais 0x00, portanto não há nada a assinar

error-bls_change_credentials_mismatch = validador { $validator_index }: as credenciais informadas, { $given }, não correspondem ao índice de chave { $key_index } desta frase mnemônica, que gera { $derived }; confira o índice inicial, a ordem dos validadores e a frase mnemônica. Nada foi assinado

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] o índice de chave { $key_index } da frase mnemônica gera a chave de assinatura { $signing_pubkey }, e não a do validador, { $validator_pubkey }; nada foi assinado
       *[other] o keystore contém a chave { $keystore_pubkey }, e não a do validador, { $validator_pubkey }; nada foi assinado
    }

## Solicitações da camada de execução a partir do endereço de saque (EIP-7002, EIP-7251)

error-chain_no_execution_layer = solicitações da camada de execução só são feitas para as redes integradas, cujo ID de cadeia e contratos de solicitação são conhecidos; { $chain } não é uma delas: use uma destas: { $known }

error-request_value_invalid = { $reason ->
        [zero] o valor a anexar é 0 wei; a taxa do contrato é de pelo menos 1 wei, portanto a transação falharia
        [too_large] o valor a anexar, "{ $text }", é maior que qualquer taxa que o contrato possa cobrar (no máximo 2^128 - 1 wei)
       *[not_wei] o valor a anexar, "{ $text }", não é um número inteiro de wei (apenas dígitos, como 1)
    }

error-request_not_execution_credentials = o validador { $validator_index } tem credenciais de saque { $prefix }, que não indicam nenhum endereço de saque: apenas validadores 0x01 e 0x02 aceitam solicitações do seu endereço de saque (um validador 0x00 precisa antes de uma alteração BLS-to-execution)

error-request_validator_not_active = o validador { $validator_index } está em { $status }, não em active_ongoing: a rede ignora solicitações para um validador que não está ativo ou que já está saindo, e fica com a taxa

error-withdrawal_partial_not_compounding = o validador { $validator_index } tem credenciais { $prefix }: a rede só faz saques parciais para validadores 0x02 (compounding) e saca sozinha o saldo excedente de um validador 0x01; mude-o primeiro para 0x02 ou solicite uma saída completa

error-withdrawal_amount_on_exit = validador { $validator_index }: uma saída completa não leva valor, pois saca todo o saldo; omita o valor ou solicite um saque parcial

error-withdrawal_amount_zero = validador { $validator_index }: um saque parcial precisa de um valor acima de 0 (um valor de 0 é uma solicitação de saída completa)

error-consolidation_target_not_compounding = o validador { $target_index } tem credenciais { $prefix }: o destino de uma consolidação precisa ter credenciais 0x02 (compounding), senão a rede ignora a solicitação e fica com a taxa; mude-o primeiro para 0x02

error-consolidation_self_not_switch = o validador { $validator_index } aparece como seu próprio destino, mas tem credenciais { $prefix }: apenas um validador 0x01 é seu próprio destino, para mudá-lo para 0x02

error-consolidation_target_address_differs = o saldo do validador { $source_index } passaria para o validador { $target_index }, cujo endereço de saque { $target_address } não é o da origem ({ $source_address }): os fundos passariam a pertencer a esse endereço. Ative allowOtherTargetAddress somente se for isso o que deseja

error-consolidation_source_also_target = o validador { $validator_index } é a origem de uma consolidação e o destino de outra neste lote; assim que ele sai, a rede ignora a outra: consolide em duas etapas

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } é { $found }, e não o ID de cadeia { $expected } de { $chain }
        [to] { $field } é { $found }, e não o contrato de { $chain } para esta solicitação, { $expected }
        [request] { $field } não corresponde aos data do arquivo
        [description] { $field } não descreve o que os data do arquivo fazem
       *[uri] { $field } não corresponde a to, chainId, value e data do arquivo
    }

## Senhas e keystores

error-password_empty = a senha está vazia (caracteres de controle não contam); escolha uma senha

error-password_too_short = a senha tem { $chars ->
        [one] { $chars } caractere
       *[other] { $chars } caracteres
    }; um novo keystore exige pelo menos { $min }

error-password_mismatch = as duas senhas são diferentes

error-keystore_not_chosen = escolha primeiro o arquivo keystore e aguarde até que ele seja lido

error-keystore_wrong_password = senha incorreta: o checksum do keystore não confere

error-keystore_malformed = { $reason ->
        [json] keystore EIP-2335 inválido: o arquivo não é um JSON de keystore: { $detail }
        [params] keystore EIP-2335 inválido: o campo { $name } é inválido: { $detail }
        [dklen] keystore EIP-2335 inválido: o campo { $name } é { $found }; deve ser { $expected }
        [version] keystore EIP-2335 inválido: o campo { $name } é { $found }; somente a versão 4 é suportada
        [unsupported_kdf] keystore EIP-2335 inválido: o campo { $name } é “{ $found }”; somente “scrypt” e “pbkdf2” são suportados
        [unsupported_prf] keystore EIP-2335 inválido: o campo { $name } é “{ $found }”; somente “hmac-sha256” é suportado
        [unsupported_checksum] keystore EIP-2335 inválido: o campo { $name } é “{ $found }”; somente “sha256” é suportado
        [unsupported_cipher] keystore EIP-2335 inválido: o campo { $name } é “{ $found }”; somente “aes-128-ctr” é suportado
        [not_empty] keystore EIP-2335 inválido: o campo { $name } deve estar vazio
        [not_hex] keystore EIP-2335 inválido: o campo { $name } não está em hexadecimal (sem 0x)
        [wrong_length] keystore EIP-2335 inválido: o campo { $name } tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; deve ter { $expected }
        [empty] keystore EIP-2335 inválido: o campo { $name } está vazio
        [too_long] keystore EIP-2335 inválido: o campo { $name } tem { $bytes } bytes; são permitidos no máximo { $limit }
        [cipher_length] keystore EIP-2335 inválido: o campo { $name } tem { $bytes ->
            [one] { $bytes } byte
           *[other] { $bytes } bytes
        }; um keystore BLS contém 32
        [pubkey] keystore EIP-2335 inválido: o campo { $name } não é uma chave pública BLS válida (ponto G1 comprimido de 48 bytes, no subgrupo)
        [path_missing_root] keystore EIP-2335 inválido: o campo { $name } é inválido: um caminho de chave deve começar com “m/”
        [path_no_indices] keystore EIP-2335 inválido: o campo { $name } é inválido: um caminho de chave precisa de pelo menos um índice depois de “m”
        [path_bad_index] keystore EIP-2335 inválido: o campo { $name } é inválido: o nível { $level } do caminho de chave, “{ $text }”, não é um índice de 0 a 4294967295
        [uuid] keystore EIP-2335 inválido: o campo { $name } não é um UUID
       *[other] keystore EIP-2335 inválido: o campo { $name } é inválido
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] a execução do KDF do keystore foi recusada: scrypt n = { $n } deve ser uma potência de dois maior que 1
        [scrypt_r_p] a execução do KDF do keystore foi recusada: scrypt r = { $r } e p = { $p } devem ser ambos pelo menos 1
        [scrypt_memory] a execução do KDF do keystore foi recusada: scrypt n = { $n }, r = { $r }, p = { $p } exige mais de 1 GiB de memória (128·r·(n + p + 2))
        [scrypt_params] a execução do KDF do keystore foi recusada: scrypt n = { $n }, r = { $r }, p = { $p } estão fora do que o scrypt aceita (n deve ser menor que 2^(16·r))
        [pbkdf2_c] a execução do KDF do keystore foi recusada: pbkdf2 c = { $c } deve estar entre 1 e { $limit }
       *[empty_salt] a execução do KDF do keystore foi recusada: o salt do KDF está vazio
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] não é uma chave secreta BLS válida (32 bytes, diferente de zero, menor que a ordem da curva)
       *[other] o keystore está corrompido: o segredo descriptografado não é uma chave secreta BLS válida
    }

error-keystore_pubkey_mismatch = o keystore está corrompido: ele declara a chave pública { $stated }, mas a chave pública da sua chave secreta é { $actual }

## Arquivos

error-file_too_large = { $reason ->
        [keystore] keystore EIP-2335 inválido: o arquivo tem { $bytes } bytes; um keystore tem no máximo { $limit_mib } MiB
       *[other] o arquivo tem { $bytes } bytes; arquivos com mais de { $limit_mib } MiB são recusados antes da leitura (nenhum keystore ou arquivo de mensagem assinada é tão grande)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] keystore EIP-2335 inválido: o arquivo começa com uma marca de ordem de bytes; salve-o como UTF-8 simples
       *[other] o arquivo começa com uma marca de ordem de bytes (BOM); salve-o como UTF-8 sem BOM
    }

error-file_not_utf8 = { $reason ->
        [import] a importação não é texto UTF-8
       *[other] o arquivo não é texto UTF-8
    }

error-file_empty = { $reason ->
        [import] a importação está vazia
       *[other] o arquivo não contém nenhuma entrada
    }

error-file_kind_unknown = este não é um arquivo de keystore, de dados de depósito, de alteração BLS nem de saída

error-json_syntax = { $reason ->
        [import] a importação não é uma resposta da beacon API nem um arquivo de preparação do ethdo: { $detail } na linha { $line }, coluna { $column }
       *[other] o arquivo não é JSON: { $detail } na linha { $line }, coluna { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] keystore EIP-2335 inválido: o arquivo define a chave JSON “{ $key }” duas vezes no mesmo objeto
       *[other] o JSON define a chave “{ $key }” duas vezes no mesmo objeto; outras ferramentas leriam apenas a última, por isso o arquivo é recusado
    }

error-json_not_array = o arquivo não é um array JSON de entradas

error-json_not_object = { $reason ->
        [exit_in_array] o arquivo é um array JSON; um arquivo de saída assinada contém um único objeto de saída (um arquivo por validador)
        [keystore] keystore EIP-2335 inválido: o arquivo não é um objeto JSON
        [proof_in_array] o arquivo é um array JSON; uma prova de titularidade do endereço de saque contém um único objeto (um arquivo por validador)
       *[other] o arquivo não é um único objeto JSON
    }

## Entradas de arquivos de mensagens assinadas (relatórios de verificação)

error-field_missing = { $field } está ausente

error-field_type = { $reason ->
        [amount_not_gwei] { $field } está ausente ou não é um número inteiro de gwei
        [not_integer] { $field } não é um número inteiro JSON
       *[other] { $field } não é uma string
    }

error-credentials_prefix = { $reason ->
        [builder] { $field }: o prefixo { $prefix } não é o prefixo de builder 0xb0
       *[other] { $field }: o prefixo { $prefix } não é 0x00, 0x01 nem 0x02
    }

error-credentials_padding = { $reason ->
        [builder] { $field }: os bytes 1–11 devem ser zero em credenciais 0xb0
       *[other] { $field }: os bytes 1–11 devem ser zero em credenciais 0x01/0x02
    }

error-fork_version_mismatch = { $field } { $found } não é a versão do fork de gênese de { $chain }, { $expected }

error-network_name_mismatch = { $field } “{ $found }” não é { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } não é o valor de { $chain }

error-root_mismatch = { $reason ->
        [message_root] { $field } não corresponde a pubkey, withdrawal_credentials e amount
       *[other] { $field } não corresponde à entrada
    }

error-signature_invalid = { $message ->
        [deposit] { $field } não passa na verificação para depósitos em { $chain }
        [builder_deposit] { $field } não passa na verificação para depósitos de builder em { $chain }
        [bls_to_execution_change] { $field } não passa na verificação para uma alteração BLS em { $chain }
        [bls_to_execution_change_keystore] { $field } não passa na verificação como prova de titularidade do endereço de saque em { $chain } para a chave de validador { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } não passa na verificação para nenhuma chave de assinatura dos índices de chave 0 a { $last } da frase mnemônica em { $chain }
       *[voluntary_exit] { $field } não passa na verificação para a chave de validador { $pubkey } em { $chain }
    }

error-verify_chain_differs = Este arquivo indica que foi feito para { $stated }, mas { $selected } está escolhida: as assinaturas dele foram verificadas com os valores de { $selected }. Escolha a rede a que o arquivo se destina.

error-verify_address_differs = { $reason ->
        [no_address] as credenciais 0x00 (BLS) desta entrada não indicam nenhum endereço de execução, em vez do endereço esperado { $expected }
       *[other] esta entrada envia os fundos para { $found }, e não para o endereço esperado { $expected }
    }

## Importação de validadores e busca

error-import_too_large = a importação tem { $bytes } bytes; importações acima de { $limit_gib } GiB são recusadas (a lista completa de validadores da mainnet tem cerca de 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] o JSON não tem nem “data” (uma resposta de validadores da beacon API) nem “validators” (o offline-preparation.json do ethdo)
       *[other] a importação é JSON, mas não é um objeto nem um array: não é uma resposta da beacon API nem um arquivo de preparação do ethdo
    }

error-import_both_shapes = o JSON tem tanto “data” quanto “validators”; informe uma única resposta da beacon API ou um único arquivo do ethdo

error-import_missing_field = o arquivo de preparação do ethdo não tem “{ $name }”

error-import_ethdo_version = a versão “{ $version }” do arquivo de preparação do ethdo não é suportada; a versão suportada é a “3” (ethdo 1.30 ou posterior)

error-import_domain_type = o { $name } do arquivo do ethdo é { $found }, e não o valor { $expected } da especificação de consenso; ele não foi feito para uma rede Ethereum

error-import_csv_columns = a linha { $line } do CSV tem { $columns ->
        [one] { $columns } coluna
       *[other] { $columns } colunas
    }; cada linha deve estar no formato validator_index,withdrawal_credentials

error-import_too_many_validators = a importação lista mais de { $limit } validadores; a mainnet tem cerca de 1,1 milhão, portanto isto não é uma lista de validadores

error-validator_status_unknown = { $entry }: { $name } “{ $text }” não é um status de validador da beacon API

error-import_source_conflict = { $given ->
        [0] escolha um arquivo de importação, cole uma importação ou informe uma lista de validadores
       *[other] informe exatamente uma importação: um arquivo, um texto colado ou uma lista de validadores
    }

error-search_too_many_matches = mais de { $limit } validadores da importação correspondem às chaves desta frase mnemônica; nenhuma frase mnemônica real controla tantos em uma única lista. Importe apenas os seus validadores (o filtro ?id= da beacon API) ou examine menos índices de chave

## Entrega de chaves de assinatura a um assinador

error-hand_off_no_keystores = escolha os keystores de assinatura a entregar
error-hand_off_withdrawal_key = este keystore contém a chave de saque { $path }; as chaves de saque ficam offline e nunca vão para um cliente validador ou assinador. Entregue keystores de assinatura (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = os keystores { $first } e { $second } contêm a mesma chave; uma chave deve ser importada uma única vez
error-hand_off_passwords_not_acknowledged = este arquivo contém as senhas dos keystores em texto claro: confirme que você entende isso antes de ele ser gerado
error-signer_host_invalid = “{ $host }” não é um nome de host nem um endereço IP; informe-o sem https://, porta ou caminho
error-signer_port_invalid = “{ $port }” não é uma porta: um número inteiro de 1 a 65535
error-signer_path_invalid = “{ $value }” não pode ser um caminho no armazenamento: use somente letras, dígitos e - _ . /, sem espaços, ".." ou partes vazias
error-aws_region_invalid = “{ $region }” não é um nome de região da AWS como eu-central-1

## Verificações internas da carteira

error-internal_error = { $reason ->
        [keystore_self_check] falha na verificação interna: ao ser descriptografado, o keystore do validador { $index } não devolveu a sua chave; nada foi gravado
        [seed_too_short] a seed tem { $bytes } bytes; o EIP-2333 exige pelo menos 32
       *[other] falha na verificação interna, nada foi gravado: { $problem }
    }
