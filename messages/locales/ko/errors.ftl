## Options given to the package or the worker.

error-options_not_object = 옵션은 {"{"} mnemonic, startIndex, count {"}"}와 같은 객체여야 합니다

error-option_unknown = { $reason ->
        [did_you_mean] 알 수 없는 옵션 "{ $field }"입니다("{ $nearest }" 옵션을 의도하셨습니까?). 여기서 사용할 수 있는 옵션: { $known }
       *[other] 알 수 없는 옵션 "{ $field }"입니다. 여기서 사용할 수 있는 옵션: { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language, keyCount 옵션은 항목을 니모닉과 대조하는 데 사용됩니다. 니모닉도 입력하십시오
        [verify_needs_pubkey] 종료를 확인하려면 대조할 검증자의 서명 공개 키를 입력하십시오
        [verify_needs_signer] 출금 주소 소유 증명을 확인하려면 대조할 검증자의 서명 공개 키, 그 키스토어 또는 니모닉을 입력하십시오
       *[other] "{ $field }" 옵션은 필수입니다
    }

error-option_type = { $reason ->
        [not_string] 옵션 "{ $path }": 문자열이어야 합니다
        [not_option_value] 옵션 "{ $path }": 함수, 심볼, BigInt는 여기서 옵션 값이 될 수 없습니다. uint64 값은 10진수 문자열로 지정합니다
        [unreadable] 옵션 "{ $path }"의 값을 읽을 수 없습니다
        [not_json] 옵션 "{ $path }"의 형식은 JSON으로 표현할 수 없습니다
        [not_function] 옵션 "{ $path }": 함수(done, total, phase)여야 합니다
       *[other] 옵션 "{ $path }": { $expected } 값이 필요하지만 { $found } 값이 주어졌습니다
    }

error-option_value = { $reason ->
        [not_one_of] 옵션 "{ $path }": "{ $found }" 값은 { $expected } 중 하나가 아닙니다
        [invalid] 옵션 "{ $path }": { $detail }
        [invalid_options] 잘못된 옵션: { $detail }
        [keystore_not_verified] 키스토어는 서명된 파일로 검증하지 않고, 비밀번호로 열어서 확인합니다
        [hand_off_not_verified] 이 파일은 만들 때 다시 읽어서 확인합니다. 검증할 서명은 들어 있지 않습니다
       *[other] 옵션 "{ $path }": { $expected } 값이 필요하지만 { $found } 값이 주어졌습니다
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] 잘못된 옵션: 키스토어(keystore와 password) 또는 니모닉(mnemonic과 keyIndex, 필요하면 passphrase와 language) 중 하나로만 서명하십시오
        [pubkey_or_keystore] 잘못된 옵션: 검증자의 서명 공개 키와 그 키스토어 중 하나만 입력하십시오
       *[other] 잘못된 옵션: startIndex와 keyIndices 중 하나만 지정하십시오(keyIndices는 검증자마다 키 인덱스 하나)
    }

error-text_lone_surrogate = 이 텍스트에 짝이 없는 UTF-16 서로게이트(문자의 절반)가 들어 있습니다. 인코딩할 수 없어 알리지 않고 다른 문자로 바뀌며, 그러면 다른 키가 만들어집니다. 다시 입력하십시오

## Hex fields, everywhere.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] 체인의 제네시스 포크 버전은 0x로 시작해야 합니다
        [chain_capella_fork_version] 체인의 Capella(종료) 포크 버전은 0x로 시작해야 합니다
        [chain_genesis_validators_root] 체인의 제네시스 검증자 루트는 0x로 시작해야 합니다
        [execution_address] 실행 계층 주소는 0x로 시작해야 합니다(0x와 16진수 40자리)
        [import_entry] { $entry }: { $name } 값은 0x로 시작해야 합니다
        [import_file] 파일: { $name } 값은 0x로 시작해야 합니다
       *[other] { $field } 값은 0x로 시작해야 합니다
    }

error-hex_unexpected_prefix = { $field } 값은 0x로 시작하면 안 됩니다

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] 체인의 제네시스 포크 버전이 16진수가 아닙니다
        [chain_capella_fork_version] 체인의 Capella(종료) 포크 버전이 16진수가 아닙니다
        [chain_genesis_validators_root] 체인의 제네시스 검증자 루트가 16진수가 아닙니다
        [validator_pubkey] 검증자 공개 키가 16진수가 아닙니다
        [execution_address] 실행 계층 주소가 16진수가 아닙니다(0x와 16진수 40자리)
        [withdrawal_credentials] { $position }번째 출금 자격 증명이 16진수가 아닙니다(0x와 16진수 64자리)
        [import_entry] { $entry }: { $name } 값이 16진수가 아닙니다
        [import_csv_line] CSV { $line }번째 줄: { $name } 값이 16진수가 아닙니다
        [import_file] 파일: { $name } 값이 16진수가 아닙니다
       *[other] { $field } 값이 16진수가 아닙니다
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] 체인의 제네시스 포크 버전이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [chain_capella_fork_version] 체인의 Capella(종료) 포크 버전이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [chain_genesis_validators_root] 체인의 제네시스 검증자 루트가 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [validator_pubkey] 검증자 공개 키가 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [execution_address] 실행 계층 주소가 { $bytes }바이트입니다. { $expected }바이트여야 합니다(0x와 16진수 40자리)
        [withdrawal_credentials] { $position }번째 출금 자격 증명이 { $bytes }바이트입니다. { $expected }바이트여야 합니다(0x와 16진수 64자리)
        [import_entry] { $entry }: { $name } 값이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [import_csv_line] CSV { $line }번째 줄: { $name } 값이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [import_file] 파일: { $name } 값이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
       *[other] { $field } 값이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
    }

## Numbers typed or read from files.

error-not_uint64 = { $subject ->
        [value] 0부터 18446744073709551615까지의 정수가 아닙니다: "{ $text }"
        [validator_index] { $position }번째 검증자 인덱스가 0부터 18446744073709551615까지의 정수가 아닙니다: "{ $text }"
        [import_entry] { $entry }: { $name } 값이 10진수 uint64가 아닙니다: "{ $text }"
        [import_csv_line] CSV { $line }번째 줄: { $name } 값이 10진수 uint64가 아닙니다: "{ $text }"
        [import_file] 파일: { $name } 값이 10진수 uint64가 아닙니다: "{ $text }"
       *[other] { $field } 값이 10진수 uint64가 아닙니다: "{ $text }"
    }

error-not_key_index = 키 인덱스가 아닙니다: "{ $text }". 0부터 4294967295까지의 정수를 숫자로만 입력하십시오

error-not_ether_amount = 소수점 이하 최대 9자리(gwei 단위)의 ETH 금액이 아닙니다: "{ $text }". 32 또는 40.5처럼 입력하십시오

## Mnemonics.

error-mnemonic_word_count = 니모닉이 { $words }단어입니다. 12, 15, 18, 21, 24단어 중 하나여야 합니다

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] { $position }번째 단어가 BIP39 단어 목록에 없습니다. 철자를 확인하십시오
       *[other] { $position }번째 단어가 BIP39 단어 목록에 없습니다. 글자가 아닌 문자({ $invisible })가 들어 있으니 단어를 다시 입력하십시오
    }

error-mnemonic_mixed_languages = 단어들이 서로 다른 BIP39 단어 목록에 속합니다. 니모닉은 한 가지 언어만 사용합니다

error-mnemonic_checksum = 니모닉의 체크섬이 맞지 않습니다. 잘못 입력했거나, 빠졌거나, 순서가 바뀐 단어가 있습니다

error-mnemonic_ambiguous_language = 이 니모닉은 여러 언어({ $languages })에서 유효합니다. 언어를 선택하십시오

error-mnemonic_unknown_language = 알 수 없는 니모닉 언어 "{ $name }"입니다. 다음 중 하나를 사용하십시오: { $known }

error-mnemonic_public_not_acknowledged = 공개된 테스트용 니모닉입니다. 누구나 이 니모닉의 키를 파생하여 그 키가 보유한 자산을 가져갈 수 있습니다. { $chain }에서는 통화에 실제 가치가 있으므로, 명시적으로 확인하지 않으면 이 니모닉으로 아무것도 생성하지 않습니다

error-passphrase_mismatch = 두 패스프레이즈가 서로 다릅니다

error-rng_unavailable = 안전한 난수 생성기(crypto.getRandomValues)를 사용할 수 없으므로 키를 생성하지 않습니다

## Key indices and batches.

error-key_budget_exceeded = 이 작업은 키 인덱스 { $last_index }까지 사용하므로, 니모닉당 검증자 { $budget }개라는 한도를 넘습니다. 나머지는 새 니모닉으로 만드는 것을 고려하십시오. 그러면 구문 하나가 유출되더라도 노출되는 검증자가 줄어듭니다

error-count_zero = 검증자 수는 1 이상이어야 합니다

error-count_too_large = { $reason ->
        [search_keys] 키 인덱스 { $count }개는 한 번의 검색 범위(1~{ $limit })를 벗어납니다
       *[other] 한 배치에 검증자 { $count }개는 너무 많습니다. 배치당 최대 { $limit }개이므로, 더 많은 검증자는 여러 배치로 나누십시오
    }

error-key_index_past_last = 인덱스 { $start }부터 검증자 { $count }개를 만들면 마지막 키 인덱스인 4294967295를 넘습니다

error-count_mismatch = { $of ->
        [key_indices] 검증자 인덱스는 { $validators }개인데 키 인덱스는 { $other }개입니다. 검증자마다 키 인덱스를 하나씩 지정하십시오
       *[other] 검증자 인덱스는 { $validators }개인데 출금 자격 증명은 { $other }개입니다. 검증자마다 자격 증명을 하나씩, 같은 순서로 지정하십시오
    }

error-no_validators = { $reason ->
        [import] 가져온 데이터에 검증자가 없습니다
       *[other] 검증자 인덱스를 하나 이상 입력하십시오
    }

error-duplicate_validator = { $reason ->
        [import] 가져온 데이터에 같은 검증자가 두 번 나옵니다: { $validator_index }
       *[other] 같은 검증자가 두 번 나열되어 있습니다: { $validator_index }
    }

error-key_path_missing_root = 키 경로는 "m/"로 시작해야 합니다

error-key_path_no_indices = 키 경로에는 "m" 뒤에 인덱스가 하나 이상 있어야 합니다

error-key_path_bad_index = 키 경로의 { $level }번째 단계가 0부터 4294967295까지의 인덱스가 아닙니다: "{ $text }"

## Chains.

error-chain_not_chosen = 먼저 체인을 선택하십시오. 선택하지 않은 체인용으로는 아무것도 생성하지 않습니다

error-chain_unknown = 알 수 없는 체인 "{ $name }"입니다. { $known } 중 하나를 사용하거나, 사용자 지정 체인의 포크 버전과 루트를 입력하십시오

error-chain_name_invalid = 사용자 지정 체인에는 영문자, 숫자, - 또는 _로 이루어진 1~64자의 이름이 필요합니다(예치 파일에 기록됨)

error-chain_no_genesis_validators_root = { $chain } 체인에는 제네시스 검증자 루트가 없어 BLS 변경과 종료에 서명할 수 없습니다. 루트를 입력하십시오

error-chain_impersonates_builtin = 이 체인 값은 일부가 { $builtin } 체인의 값과 같지만 { $differing ->
        [genesisForkVersion] 제네시스 포크 버전이 다릅니다
        [capellaForkVersion] Capella(종료) 포크 버전이 다릅니다
        [genesisValidatorsRoot] 제네시스 검증자 루트가 다릅니다
        [genesis_fork_version] genesis_fork_version 값이 다릅니다
        [exit_fork_version] exit_fork_version 값이 다릅니다
        [genesis_validators_root] genesis_validators_root 값이 다릅니다
       *[other] { $differing } 값이 다릅니다
    }. { $builtin } 체인과 값을 하나라도 공유하는 체인은 { $builtin } 체인 자체여야 합니다(그 값으로 서명한 메시지가 { $builtin } 체인에서 유효할 수 있기 때문입니다)

error-chain_builtin_name_reused = 내장 체인의 이름입니다: "{ $name }". 해당 체인을 이름으로 선택하거나, 사용자 지정 체인에 다른 이름을 지정하십시오

error-chain_import_differs = 가져온 데이터는 { $imported }에서 만들어졌지만 { $selected } 체인이 선택되어 있습니다. 서명에는 가져온 데이터의 체인 값({ $imported })을 사용합니다.

## Execution addresses.

error-address_not_checksummed = 실행 계층 주소가 EIP-55 체크섬 형식이 아닙니다. 대소문자가 섞인 형태 그대로 지갑에서 복사하십시오. 체크섬 형식은 { $checksummed }입니다. 한 글자씩 비교하십시오

error-address_bad_checksum = 실행 계층 주소가 EIP-55 체크섬 검사를 통과하지 못했으므로, 잘못된 글자가 있습니다. 입력한 글자 그대로라면 주소의 체크섬 형식은 { $checksummed }입니다

error-address_zero = 실행 계층 주소가 제로 주소입니다. 이 주소로 보낸 자금은 잃게 됩니다

error-address_confirmation_mismatch = 두 주소가 서로 다릅니다. 두 입력란에 같은 체크섬 주소를 붙여 넣으십시오

error-address_ending_mismatch = 주소의 마지막 { $count }자와 다릅니다. 위에 표시된 주소에서 다시 읽어 입력하십시오

## BLS keys.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] 검증자 공개 키가 유효한 BLS 공개 키(부분군에 속하는 48바이트 압축 G1 점)가 아닙니다
       *[other] { $field } 값이 유효한 BLS 공개 키(부분군에 속하는 48바이트 압축 G1 점)가 아닙니다
    }

## Deposits.

error-deposit_bls_not_allowed = 0x00(BLS) 출금 자격 증명을 사용하려면 명시적인 동의가 필요합니다. BLS-to-execution change에 서명할 때까지 자금이 잠겨 있습니다. 대신 실행 계층 주소를 입력하십시오

error-deposit_amount_not_allowed = 0x00 또는 0x01 자격 증명의 예치 금액은 정확히 32 ETH입니다. 요청한 금액은 { $amount } ETH입니다(다른 금액을 예치하려면 0x02 복리를 선택하십시오)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] 금액 { $amount } ETH가 1~2048 ETH 범위를 벗어납니다(Gnosis 체인에서는 1/32~64 GNO)
       *[other] 금액 { $amount } ETH가 1~2048 ETH 범위를 벗어납니다
    }

error-builder_amount_too_small = 금액 { $amount } ETH가 빌더 예치 최소 금액인 1 ETH보다 적습니다(빌더 예치에는 최대 금액이 없습니다)

error-builder_keys_are_validator_keys = 빌더 키 { $first_index }~{ $last_index }는 이 니모닉의 같은 인덱스에 있는 검증자 서명 키 m/12381/3600/i/0/0와 동일합니다(deposit-cli의 설계). 이 니모닉에 해당 인덱스의 검증자가 있다면 빌더에 사용하지 말고 새 니모닉을 사용하십시오

## BLS-to-execution changes and exits.

error-bls_change_already_execution = 검증자 { $validator_index }에는 이미 { $prefix } 실행 계층 자격 증명이 있습니다. BLS 변경은 0x00 자격 증명만 변환하므로 서명할 것이 없습니다

error-bls_change_credentials_mismatch = 검증자 { $validator_index }: 입력한 자격 증명({ $given })이 이 니모닉의 키 인덱스 { $key_index }에서 나오는 자격 증명({ $derived })과 일치하지 않습니다. 시작 인덱스, 검증자 순서, 니모닉을 확인하십시오. 아무것도 서명하지 않았습니다

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] 니모닉의 키 인덱스 { $key_index }에서 나오는 서명 키({ $signing_pubkey })가 검증자의 키({ $validator_pubkey })가 아닙니다. 아무것도 서명하지 않았습니다
       *[other] 키스토어에 들어 있는 키({ $keystore_pubkey })가 검증자의 키({ $validator_pubkey })가 아닙니다. 아무것도 서명하지 않았습니다
    }

## Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).

error-chain_no_execution_layer = 실행 계층 요청은 체인 ID와 요청 컨트랙트가 알려진 내장 체인에 대해서만 만들 수 있습니다. { $chain }은(는) 그중 하나가 아닙니다. { $known } 중 하나를 사용하십시오

error-request_value_invalid = { $reason ->
        [zero] 첨부할 값이 0 wei입니다. 컨트랙트 수수료는 최소 1 wei이므로 트랜잭션이 실패합니다
        [too_large] 첨부할 값 "{ $text }"은(는) 컨트랙트가 요구할 수 있는 어떤 수수료보다도 큽니다(최대 2^128 - 1 wei)
       *[not_wei] 첨부할 값 "{ $text }"은(는) wei 단위의 정수가 아닙니다(1처럼 숫자만 입력하십시오)
    }

error-request_not_execution_credentials = 검증자 { $validator_index }의 출금 자격 증명은 { $prefix }(으)로, 출금 주소가 없습니다. 출금 주소에서 보낸 요청은 0x01 및 0x02 검증자만 받습니다(0x00 검증자는 먼저 BLS-to-execution change가 필요합니다)

error-request_validator_not_active = 검증자 { $validator_index }의 상태는 active_ongoing이 아니라 { $status }입니다. 체인은 활성 상태가 아니거나 이미 종료 중인 검증자에 대한 요청을 무시하고 수수료를 돌려주지 않습니다

error-withdrawal_partial_not_compounding = 검증자 { $validator_index }의 자격 증명은 { $prefix }입니다. 체인은 0x02(복리) 검증자에 대해서만 부분 출금을 처리하며, 0x01 검증자의 초과 잔액은 자동으로 출금합니다. 먼저 0x02로 전환하거나 전체 종료를 요청하십시오

error-withdrawal_amount_on_exit = 검증자 { $validator_index }: 전체 종료는 잔액 전체를 출금하므로 금액을 받지 않습니다. 금액을 빼거나 부분 출금을 요청하십시오

error-withdrawal_amount_zero = 검증자 { $validator_index }: 부분 출금에는 0보다 큰 금액이 필요합니다(금액 0은 전체 종료 요청입니다)

error-consolidation_target_not_compounding = 검증자 { $target_index }의 자격 증명은 { $prefix }입니다. 통합 대상은 0x02(복리) 자격 증명이 있어야 하며, 그렇지 않으면 체인이 요청을 무시하고 수수료를 돌려주지 않습니다. 먼저 0x02로 전환하십시오

error-consolidation_self_not_switch = 검증자 { $validator_index }이(가) 자기 자신을 대상으로 지정했지만 자격 증명이 { $prefix }입니다. 0x02로 전환하기 위해 자기 자신을 대상으로 할 수 있는 것은 0x01 검증자뿐입니다

error-consolidation_target_address_differs = 검증자 { $source_index }의 잔액이 검증자 { $target_index }(으)로 옮겨지는데, 그 출금 주소 { $target_address }은(는) 원본의 주소 { $source_address }이(가) 아닙니다. 그러면 자금은 그 주소의 소유가 됩니다. 의도한 경우에만 allowOtherTargetAddress를 설정하십시오

error-consolidation_source_also_target = 검증자 { $validator_index }은(는) 이 배치에서 한 통합의 원본이자 다른 통합의 대상입니다. 종료되면 체인이 다른 통합을 무시하므로 두 단계로 나누어 통합하십시오

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } 값은 { $found }(으)로, { $chain }의 체인 ID { $expected }이(가) 아닙니다
        [to] { $field } 값은 { $found }(으)로, 이 요청에 대한 { $chain }의 컨트랙트 { $expected }이(가) 아닙니다
        [request] { $field }이(가) 파일의 data와 일치하지 않습니다
        [description] { $field }이(가) 파일의 data가 하는 일을 설명하지 않습니다
       *[uri] { $field }이(가) 파일의 to, chainId, value, data와 일치하지 않습니다
    }

## Passwords and keystores.

error-password_empty = 비밀번호가 비어 있습니다(제어 문자는 포함되지 않음). 비밀번호를 정하십시오

error-password_too_short = 비밀번호가 { $chars }자입니다. 새 키스토어에는 { $min }자 이상이 필요합니다

error-password_mismatch = 두 비밀번호가 서로 다릅니다

error-keystore_not_chosen = 먼저 키스토어 파일을 선택하고, 파일을 다 읽을 때까지 기다리십시오

error-keystore_wrong_password = 비밀번호가 틀렸습니다. 키스토어의 체크섬이 일치하지 않습니다

error-keystore_malformed = { $reason ->
        [json] 유효한 EIP-2335 키스토어가 아닙니다: 파일이 키스토어 JSON이 아닙니다: { $detail }
        [params] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 잘못되었습니다: { $detail }
        [dklen] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 { $found }입니다. 필요한 값은 { $expected }입니다
        [version] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 { $found }입니다. 버전 4만 지원합니다
        [unsupported_kdf] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 "{ $found }"입니다. "scrypt"와 "pbkdf2"만 지원합니다
        [unsupported_prf] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 "{ $found }"입니다. "hmac-sha256"만 지원합니다
        [unsupported_checksum] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 "{ $found }"입니다. "sha256"만 지원합니다
        [unsupported_cipher] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 "{ $found }"입니다. "aes-128-ctr"만 지원합니다
        [not_empty] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값은 비어 있어야 합니다
        [not_hex] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 16진수(0x 없이)가 아닙니다
        [wrong_length] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 { $bytes }바이트입니다. { $expected }바이트여야 합니다
        [empty] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 비어 있습니다
        [too_long] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 { $bytes }바이트입니다. 최대 { $limit }바이트까지 허용됩니다
        [cipher_length] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 { $bytes }바이트입니다. BLS 키스토어에는 32바이트가 들어 있습니다
        [pubkey] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 유효한 BLS 공개 키(부분군에 속하는 48바이트 압축 G1 점)가 아닙니다
        [path_missing_root] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 잘못되었습니다: 키 경로는 "m/"로 시작해야 합니다
        [path_no_indices] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 잘못되었습니다: 키 경로에는 "m" 뒤에 인덱스가 하나 이상 있어야 합니다
        [path_bad_index] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 잘못되었습니다: 키 경로의 { $level }번째 단계가 0부터 4294967295까지의 인덱스가 아닙니다: "{ $text }"
        [uuid] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 UUID가 아닙니다
       *[other] 유효한 EIP-2335 키스토어가 아닙니다: { $name } 값이 잘못되었습니다
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] 키스토어의 KDF 실행을 거부했습니다: scrypt n = { $n }: 1보다 큰 2의 거듭제곱이어야 합니다
        [scrypt_r_p] 키스토어의 KDF 실행을 거부했습니다: scrypt r = { $r }, p = { $p }: 둘 다 1 이상이어야 합니다
        [scrypt_memory] 키스토어의 KDF 실행을 거부했습니다: scrypt n = { $n }, r = { $r }, p = { $p }: 1 GiB가 넘는 메모리가 필요합니다(128·r·(n + p + 2))
        [scrypt_params] 키스토어의 KDF 실행을 거부했습니다: scrypt n = { $n }, r = { $r }, p = { $p }: scrypt가 허용하는 범위를 벗어납니다(n은 2^(16·r)보다 작아야 함)
        [pbkdf2_c] 키스토어의 KDF 실행을 거부했습니다: pbkdf2 c = { $c }: 1부터 { $limit }까지여야 합니다
       *[empty_salt] 키스토어의 KDF 실행을 거부했습니다: KDF 솔트가 비어 있습니다
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] 유효한 BLS 비밀 키(32바이트, 0이 아님, 곡선 위수 미만)가 아닙니다
       *[other] 키스토어가 손상되었습니다: 복호화된 비밀 값이 유효한 BLS 비밀 키가 아닙니다
    }

error-keystore_pubkey_mismatch = 키스토어가 손상되었습니다: 파일에 적힌 공개 키({ $stated })와 비밀 키에서 나온 공개 키({ $actual })가 다릅니다

## Files.

error-file_too_large = { $reason ->
        [keystore] 유효한 EIP-2335 키스토어가 아닙니다: 파일 크기가 { $bytes }바이트입니다. 키스토어는 최대 { $limit_mib } MiB입니다
       *[other] 파일 크기가 { $bytes }바이트입니다. { $limit_mib } MiB를 넘는 파일은 읽기 전에 거부됩니다(키스토어나 서명된 메시지 파일은 이렇게 크지 않습니다)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] 유효한 EIP-2335 키스토어가 아닙니다: 파일이 바이트 순서 표시로 시작합니다. 일반 UTF-8로 저장하십시오
       *[other] 파일이 바이트 순서 표시(BOM)로 시작합니다. BOM 없는 UTF-8로 저장하십시오
    }

error-file_not_utf8 = { $reason ->
        [import] 가져온 데이터가 UTF-8 텍스트가 아닙니다
       *[other] 파일이 UTF-8 텍스트가 아닙니다
    }

error-file_empty = { $reason ->
        [import] 가져온 데이터가 비어 있습니다
       *[other] 파일에 항목이 없습니다
    }

error-file_kind_unknown = 키스토어, 예치 데이터, BLS 변경, 종료 파일 중 어느 것도 아닙니다

error-json_syntax = { $reason ->
        [import] 가져온 데이터가 beacon API 응답도, ethdo 준비 파일도 아닙니다: { $detail }({ $line }번째 줄, { $column }번째 열)
       *[other] 파일이 JSON이 아닙니다: { $detail }({ $line }번째 줄, { $column }번째 열)
    }

error-json_duplicate_key = { $reason ->
        [keystore] 유효한 EIP-2335 키스토어가 아닙니다: 파일의 한 객체 안에 "{ $key }" 키가 두 번 있습니다
       *[other] JSON의 한 객체 안에 "{ $key }" 키가 두 번 있습니다. 다른 도구는 마지막 값만 읽으므로 이 파일을 거부합니다
    }

error-json_not_array = 파일이 항목들의 JSON 배열이 아닙니다

error-json_not_object = { $reason ->
        [exit_in_array] 파일이 JSON 배열입니다. 서명된 종료 파일에는 종료 객체가 하나만 들어 있습니다(검증자당 파일 하나)
        [keystore] 유효한 EIP-2335 키스토어가 아닙니다: 파일이 JSON 객체가 아닙니다
        [proof_in_array] 파일이 JSON 배열입니다. 출금 주소 소유 증명에는 객체가 하나만 들어 있습니다(검증자당 파일 하나)
       *[other] 파일이 하나의 JSON 객체가 아닙니다
    }

## Entries of signed-message files (verification reports).

error-field_missing = { $field } 값이 없습니다

error-field_type = { $reason ->
        [amount_not_gwei] { $field } 값이 없거나 gwei 단위의 정수가 아닙니다
        [not_integer] { $field } 값이 JSON 정수가 아닙니다
       *[other] { $field } 값이 문자열이 아닙니다
    }

error-credentials_prefix = { $reason ->
        [builder] { $field }의 접두사가 빌더 접두사 0xb0이 아닙니다: { $prefix }
       *[other] { $field }의 접두사가 0x00, 0x01, 0x02 중 하나가 아닙니다: { $prefix }
    }

error-credentials_padding = { $reason ->
        [builder] 0xb0 자격 증명에서는 { $field }의 1–11번째 바이트가 0이어야 합니다
       *[other] 0x01/0x02 자격 증명에서는 { $field }의 1–11번째 바이트가 0이어야 합니다
    }

error-fork_version_mismatch = { $field } 값({ $found })이 { $chain }의 제네시스 포크 버전({ $expected })과 다릅니다

error-network_name_mismatch = { $field } 값("{ $found }")이 { $chain } 체인을 가리키지 않습니다

error-genesis_validators_root_mismatch = { $field } 값({ $found })이 { $chain } 체인의 값이 아닙니다

error-root_mismatch = { $reason ->
        [message_root] { $field } 값이 pubkey, withdrawal_credentials, amount와 일치하지 않습니다
       *[other] { $field } 값이 항목과 일치하지 않습니다
    }

error-signature_invalid = { $message ->
        [deposit] { $field } 값이 { $chain } 예치에 대한 검증을 통과하지 못했습니다
        [builder_deposit] { $field } 값이 { $chain } 빌더 예치에 대한 검증을 통과하지 못했습니다
        [bls_to_execution_change] { $field } 값이 { $chain } BLS 변경에 대한 검증을 통과하지 못했습니다
        [bls_to_execution_change_keystore] { $field } 값이 { $chain }에서 검증자 키 { $pubkey }의 출금 주소 소유 증명으로서 검증을 통과하지 못했습니다
        [bls_to_execution_change_keystore_mnemonic] { $field } 값이 { $chain }에서 니모닉의 키 인덱스 0부터 { $last }까지의 어떤 서명 키로도 검증을 통과하지 못했습니다
       *[voluntary_exit] { $field } 값이 { $chain }의 검증자 키 { $pubkey }에 대한 검증을 통과하지 못했습니다
    }

error-verify_chain_differs = 이 파일은 { $stated }용으로 만들어졌다고 되어 있지만 { $selected } 체인이 선택되어 있습니다. 서명은 { $selected }의 값으로 확인되었습니다. 파일이 의도한 체인을 선택하십시오.

error-verify_address_differs = { $reason ->
        [no_address] 이 항목의 0x00(BLS) 자격 증명에는 실행 계층 주소가 없으며, 예상 주소({ $expected })가 아닙니다
       *[other] 이 항목의 자금 수신 주소({ $found })가 예상 주소({ $expected })가 아닙니다
    }

## Validator imports and search.

error-import_too_large = 가져온 데이터가 { $bytes }바이트입니다. { $limit_gib } GiB를 넘는 데이터는 가져올 수 없습니다(메인넷 전체 검증자 목록은 약 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] JSON에 "data"(beacon API validators 응답)도 "validators"(ethdo의 offline-preparation.json)도 없습니다
       *[other] 가져온 데이터가 JSON이지만 객체나 배열이 아닙니다. beacon API 응답도, ethdo 준비 파일도 아닙니다
    }

error-import_both_shapes = JSON에 "data"와 "validators"가 모두 있습니다. beacon API 응답 하나 또는 ethdo 파일 하나만 입력하십시오

error-import_missing_field = ethdo 준비 파일에 "{ $name }" 필드가 없습니다

error-import_ethdo_version = 지원하지 않는 ethdo 준비 파일 버전입니다: "{ $version }". 버전 "3"(ethdo 1.30 이상)만 지원합니다

error-import_domain_type = ethdo 파일의 { $name } 값({ $found })이 합의 사양의 값({ $expected })과 다릅니다. 이더리움 체인용으로 만들어진 파일이 아닙니다

error-import_csv_columns = CSV { $line }번째 줄의 열이 { $columns }개입니다. 각 줄은 validator_index,withdrawal_credentials 형식이어야 합니다

error-import_too_many_validators = 가져온 데이터에 검증자가 { $limit }개를 넘게 들어 있습니다. 메인넷에도 약 110만 개뿐이므로, 이것은 검증자 목록이 아닙니다

error-validator_status_unknown = { $entry }: { $name } 값이 beacon API 검증자 상태가 아닙니다: "{ $text }"

error-import_source_conflict = { $given ->
        [0] 가져올 파일을 선택하거나, 데이터를 붙여 넣거나, 검증자 목록을 입력하십시오
       *[other] 가져올 데이터는 하나만 입력하십시오: 파일, 붙여 넣은 텍스트, 검증자 목록 중 하나
    }

error-search_too_many_matches = 가져온 데이터에서 이 니모닉의 키와 일치하는 검증자가 { $limit }개를 넘습니다. 실제 니모닉이 한 목록에서 이렇게 많은 검증자를 통제하는 경우는 없습니다. 내 검증자만 가져오거나(beacon API의 ?id= 필터), 검색할 키 인덱스 수를 줄이십시오

## Handing signing keys to a signer.

error-hand_off_no_keystores = 넘길 서명용 키스토어를 선택하십시오
error-hand_off_withdrawal_key = 이 키스토어에는 출금 키 { $path }이(가) 들어 있습니다. 출금 키는 오프라인에 두며 검증자 클라이언트나 서명자에게 절대 넘기지 않습니다. 서명용 키스토어(m/12381/3600/i/0/0)를 넘기십시오
error-hand_off_duplicate_key = { $first }번 키스토어와 { $second }번 키스토어에 같은 키가 들어 있습니다. 키는 한 번만 가져와야 합니다
error-hand_off_passwords_not_acknowledged = 이 파일에는 키스토어 비밀번호가 평문으로 들어 있습니다. 파일을 만들기 전에 이를 이해했음을 확인하십시오
error-signer_host_invalid = "{ $host }"은(는) 호스트 이름이나 IP 주소가 아닙니다. https://, 포트, 경로 없이 입력하십시오
error-signer_port_invalid = "{ $port }"은(는) 포트가 아닙니다. 1부터 65535까지의 정수를 입력하십시오
error-signer_path_invalid = "{ $value }"은(는) 저장소 경로가 될 수 없습니다. 영문자, 숫자, - _ . /만 사용하고 공백, "..", 빈 부분은 넣지 마십시오
error-aws_region_invalid = "{ $region }"은(는) eu-central-1 같은 AWS 리전 이름이 아닙니다

## The wallet's own checks.

error-internal_error = { $reason ->
        [keystore_self_check] 내부 검사 실패: 검증자 { $index }의 키스토어를 복호화해도 원래 키가 나오지 않았습니다. 아무것도 기록하지 않았습니다
        [seed_too_short] 시드가 { $bytes }바이트입니다. EIP-2333에는 32바이트 이상이 필요합니다
       *[other] 내부 검사에 실패하여 아무것도 기록하지 않았습니다: { $problem }
    }
