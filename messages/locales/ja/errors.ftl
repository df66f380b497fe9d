## Options given to the package or the worker.

error-options_not_object = オプションはオブジェクトである必要があります（例：{"{"} mnemonic, startIndex, count {"}"}）

error-option_unknown = { $reason ->
        [did_you_mean] 不明なオプション「{ $field }」です（「{ $nearest }」の誤りではありませんか？）。ここで使用できるオプション：{ $known }
       *[other] 不明なオプション「{ $field }」です。ここで使用できるオプション：{ $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase、language、keyCount は、エントリーをニーモニックと照合するためのものです。ニーモニックも指定してください
        [verify_needs_pubkey] 退出を確認するには、照合するバリデーターの署名用公開鍵を指定してください
        [verify_needs_signer] 引き出しアドレスの所有証明を確認するには、照合するバリデーターの署名用公開鍵、そのキーストア、またはニーモニックを指定してください
       *[other] オプション「{ $field }」は必須です
    }

error-option_type = { $reason ->
        [not_string] オプション「{ $path }」：文字列である必要があります
        [not_option_value] オプション「{ $path }」：関数、シンボル、BigInt はここではオプションにできません。uint64 の値は 10 進数の文字列で指定します
        [unreadable] オプション「{ $path }」を読み取れませんでした
        [not_json] オプション「{ $path }」の型は JSON で表せません
        [not_function] オプション「{ $path }」：関数（done, total, phase）である必要があります
       *[other] オプション「{ $path }」：{ $expected } が必要ですが、{ $found } が指定されました
    }

error-option_value = { $reason ->
        [not_one_of] オプション「{ $path }」：「{ $found }」は { $expected } のいずれでもありません
        [invalid] オプション「{ $path }」：{ $detail }
        [invalid_options] 無効なオプション：{ $detail }
        [keystore_not_verified] キーストアは署名済みファイルとして検証するのではなく、パスワードで開いて確認します
        [hand_off_not_verified] このファイルは作成時に読み戻して確認されます。検証する署名は含まれていません
       *[other] オプション「{ $path }」：{ $expected } が必要ですが、{ $found } が指定されました
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] 無効なオプション：キーストア（keystore と password）またはニーモニック（mnemonic と keyIndex、必要に応じて passphrase と language）のどちらか一方で署名してください
        [pubkey_or_keystore] 無効なオプション：バリデーターの署名用公開鍵とそのキーストアのどちらか一方だけを指定してください
       *[other] 無効なオプション：startIndex と keyIndices のどちらか一方だけを指定してください（keyIndices はバリデーターごとに 1 つのキーインデックス）
    }

error-text_lone_surrogate = このテキストには対になっていない UTF-16 サロゲート（文字の半分）が含まれています。エンコードできず、知らないうちに置き換えられて別の鍵になるため、入力し直してください

## Hex fields, everywhere.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] チェーンのジェネシスフォークバージョンは 0x で始める必要があります
        [chain_capella_fork_version] チェーンの Capella（退出）フォークバージョンは 0x で始める必要があります
        [chain_genesis_validators_root] チェーンのジェネシスバリデータールートは 0x で始める必要があります
        [execution_address] 実行レイヤーアドレスは 0x で始める必要があります（0x と 16 進数 40 桁）
        [import_entry] { $entry }：{ $name } は 0x で始める必要があります
        [import_file] ファイル：{ $name } は 0x で始める必要があります
       *[other] { $field } は 0x で始める必要があります
    }

error-hex_unexpected_prefix = { $field } の先頭に 0x を付けることはできません

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] チェーンのジェネシスフォークバージョンが 16 進数ではありません
        [chain_capella_fork_version] チェーンの Capella（退出）フォークバージョンが 16 進数ではありません
        [chain_genesis_validators_root] チェーンのジェネシスバリデータールートが 16 進数ではありません
        [validator_pubkey] バリデーターの公開鍵が 16 進数ではありません
        [execution_address] 実行レイヤーアドレスが 16 進数ではありません（0x と 16 進数 40 桁）
        [withdrawal_credentials] { $position } 番目の引き出し認証情報が 16 進数ではありません（0x と 16 進数 64 桁）
        [import_entry] { $entry }：{ $name } が 16 進数ではありません
        [import_csv_line] CSV の { $line } 行目：{ $name } が 16 進数ではありません
        [import_file] ファイル：{ $name } が 16 進数ではありません
       *[other] { $field } が 16 進数ではありません
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] チェーンのジェネシスフォークバージョンが { $bytes } バイトです。{ $expected } バイトである必要があります
        [chain_capella_fork_version] チェーンの Capella（退出）フォークバージョンが { $bytes } バイトです。{ $expected } バイトである必要があります
        [chain_genesis_validators_root] チェーンのジェネシスバリデータールートが { $bytes } バイトです。{ $expected } バイトである必要があります
        [validator_pubkey] バリデーターの公開鍵が { $bytes } バイトです。{ $expected } バイトである必要があります
        [execution_address] 実行レイヤーアドレスが { $bytes } バイトです。{ $expected } バイトである必要があります（0x と 16 進数 40 桁）
        [withdrawal_credentials] { $position } 番目の引き出し認証情報が { $bytes } バイトです。{ $expected } バイトである必要があります（0x と 16 進数 64 桁）
        [import_entry] { $entry }：{ $name } が { $bytes } バイトです。{ $expected } バイトである必要があります
        [import_csv_line] CSV の { $line } 行目：{ $name } が { $bytes } バイトです。{ $expected } バイトである必要があります
        [import_file] ファイル：{ $name } が { $bytes } バイトです。{ $expected } バイトである必要があります
       *[other] { $field } が { $bytes } バイトです。{ $expected } バイトである必要があります
    }

## Numbers typed or read from files.

error-not_uint64 = { $subject ->
        [value] 「{ $text }」は 0 から 18446744073709551615 までの整数ではありません
        [validator_index] { $position } 番目のバリデーターインデックス「{ $text }」は 0 から 18446744073709551615 までの整数ではありません
        [import_entry] { $entry }：{ $name } の値「{ $text }」は 10 進数の uint64 ではありません
        [import_csv_line] CSV の { $line } 行目：{ $name } の値「{ $text }」は 10 進数の uint64 ではありません
        [import_file] ファイル：{ $name } の値「{ $text }」は 10 進数の uint64 ではありません
       *[other] { $field } の値「{ $text }」は 10 進数の uint64 ではありません
    }

error-not_key_index = 「{ $text }」はキーインデックスではありません。0 から 4294967295 までの整数を数字のみで入力してください

error-not_ether_amount = 「{ $text }」は有効な ETH の金額ではありません。小数点以下は 9 桁（gwei 単位）までで、32 や 40.5 のように入力してください

## Mnemonics.

error-mnemonic_word_count = ニーモニックが { $words } 単語です。12、15、18、21、24 単語のいずれかである必要があります

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] { $position } 番目の単語は BIP39 の単語リストにありません。つづりを確認してください
       *[other] { $position } 番目の単語は BIP39 の単語リストにありません。文字ではない文字 { $invisible } が含まれています。単語を入力し直してください
    }

error-mnemonic_mixed_languages = 単語が異なる BIP39 単語リストのものです。ニーモニックは 1 つの言語の単語だけで構成されます

error-mnemonic_checksum = ニーモニックのチェックサムが正しくありません。単語の入力ミス、抜け、または順序の誤りがあります

error-mnemonic_ambiguous_language = このニーモニックは複数の言語（{ $languages }）で有効です。言語を選択してください

error-mnemonic_unknown_language = 不明なニーモニックの言語「{ $name }」です。次のいずれかを使用してください：{ $known }

error-mnemonic_public_not_acknowledged = これは公開済みのテスト用ニーモニックです。誰でもその鍵を導出し、保有されている資産を持ち去ることができます。{ $chain } の通貨には実際の価値があるため、明示的な確認がない限り、このニーモニックからは何も作成しません

error-passphrase_mismatch = 2 つのパスフレーズが一致しません

error-rng_unavailable = 安全な乱数生成器（crypto.getRandomValues）を利用できないため、鍵を生成しません

## Key indices and batches.

error-key_budget_exceeded = この操作ではキーインデックス { $last_index } までを使用するため、ニーモニックあたり { $budget } バリデーターという上限を超えます。残りには新しいニーモニックの使用を検討してください。そうすれば、フレーズが 1 つ漏えいしても影響を受けるバリデーターが少なくなります

error-count_zero = バリデーターの数は 1 以上である必要があります

error-count_too_large = { $reason ->
        [search_keys] キーインデックス { $count } 個は、1 回の検索の範囲（1〜{ $limit }）を超えています
       *[other] 1 つのバッチにバリデーター { $count } 件は多すぎます。1 バッチあたり最大 { $limit } 件です。それより多い場合は複数のバッチに分けてください
    }

error-key_index_past_last = インデックス { $start } からバリデーター { $count } 件を作成すると、最後のキーインデックス 4294967295 を超えます

error-count_mismatch = { $of ->
        [key_indices] バリデーターインデックス { $validators } 個に対して、キーインデックスが { $other } 個です。バリデーターごとに 1 つのキーインデックスを指定してください
       *[other] バリデーターインデックス { $validators } 個に対して、引き出し認証情報が { $other } 個です。バリデーターごとに 1 つの認証情報を、同じ順序で指定してください
    }

error-no_validators = { $reason ->
        [import] インポートにバリデーターが含まれていません
       *[other] バリデーターインデックスを 1 つ以上指定してください
    }

error-duplicate_validator = { $reason ->
        [import] バリデーター { $validator_index } がインポート内に 2 回出現します
       *[other] バリデーター { $validator_index } が 2 回指定されています
    }

error-key_path_missing_root = 鍵パスは「m/」で始める必要があります

error-key_path_no_indices = 鍵パスには「m」の後にインデックスが 1 つ以上必要です

error-key_path_bad_index = 鍵パスの第 { $level } 階層「{ $text }」は、0 から 4294967295 までのインデックスではありません

## Chains.

error-chain_not_chosen = 先にチェーンを選択してください。選択していないチェーン用には何も作成しません

error-chain_unknown = 不明なチェーン「{ $name }」です。{ $known } のいずれかを使用するか、カスタムチェーンのフォークバージョンとルートを指定してください

error-chain_name_invalid = カスタムチェーンには、英字、数字、- または _ からなる 1〜64 文字の名前が必要です（デポジットファイルに書き込まれます）

error-chain_no_genesis_validators_root = チェーン { $chain } にはジェネシスバリデータールートがないため、BLS 変更と退出に署名できません。ルートを指定してください

error-chain_impersonates_builtin = これらのチェーンの値は一部が { $builtin } と同じですが、{ $differing ->
        [genesisForkVersion] ジェネシスフォークバージョンが異なります
        [capellaForkVersion] Capella（退出）フォークバージョンが異なります
        [genesisValidatorsRoot] ジェネシスバリデータールートが異なります
        [genesis_fork_version] genesis_fork_version が異なります
        [exit_fork_version] exit_fork_version が異なります
        [genesis_validators_root] genesis_validators_root が異なります
       *[other] { $differing } が異なります
    }。{ $builtin } の値を 1 つでも共有するチェーンは、{ $builtin } そのものである必要があります（それらの値で署名されたメッセージは { $builtin } でも有効になり得るためです）

error-chain_builtin_name_reused = 「{ $name }」は組み込みチェーンです。名前で選択するか、カスタムチェーンに別の名前を付けてください

error-chain_import_differs = インポートは { $imported } で作成されましたが、{ $selected } が選択されています。署名にはインポートのチェーンの値（{ $imported }）を使用します。

## Execution addresses.

error-address_not_checksummed = 実行レイヤーアドレスが EIP-55 チェックサム形式ではありません。大文字と小文字が混在した形のまま、ウォレットからコピーしてください。チェックサム形式は { $checksummed } です。1 文字ずつ照合してください

error-address_bad_checksum = 実行レイヤーアドレスが EIP-55 チェックサムと一致しないため、いずれかの文字が誤っています。入力どおりの文字であれば、アドレスは { $checksummed } となります

error-address_zero = 実行レイヤーアドレスがゼロアドレスです。このアドレスに送られた資金は失われます

error-address_confirmation_mismatch = 2 つのアドレスが一致しません。両方の欄に同じチェックサム付きアドレスを貼り付けてください

error-address_ending_mismatch = アドレスの末尾 { $count } 文字と一致しません。上に表示されたアドレスからもう一度読み取ってください

## BLS keys.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] バリデーターの公開鍵が有効な BLS 公開鍵ではありません（サブグループ内の 48 バイト圧縮 G1 点）
       *[other] { $field } が有効な BLS 公開鍵ではありません（サブグループ内の 48 バイト圧縮 G1 点）
    }

## Deposits.

error-deposit_bls_not_allowed = 0x00（BLS）引き出し認証情報を使うには、明示的な同意が必要です。BLS-to-execution change に署名するまで資金はロックされたままです。代わりに実行レイヤーアドレスを指定してください

error-deposit_amount_not_allowed = 0x00 または 0x01 認証情報のデポジットはちょうど 32 ETH です。{ $amount } ETH が指定されました（それ以外の金額には 0x02 コンパウンディングを選択してください）

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] 金額 { $amount } ETH は 1〜2048 ETH の範囲外です（Gnosis チェーンでは 1/32〜64 GNO）
       *[other] 金額 { $amount } ETH は 1〜2048 ETH の範囲外です
    }

error-builder_amount_too_small = 金額 { $amount } ETH はビルダーデポジットの最小額 1 ETH を下回っています（ビルダーデポジットに上限はありません）

error-builder_keys_are_validator_keys = ビルダー鍵 { $first_index }〜{ $last_index } は、このニーモニックの同じインデックスのバリデーター署名鍵 m/12381/3600/i/0/0 と同一です（deposit-cli の設計）。このニーモニックにこれらのインデックスのバリデーターがある場合は、ビルダーに使用せず、新しいニーモニックを使用してください

## BLS-to-execution changes and exits.

error-bls_change_already_execution = バリデーター { $validator_index } はすでに { $prefix } の実行レイヤー認証情報を持っています。BLS 変更で変換できるのは 0x00 認証情報だけのため、署名するものはありません

error-bls_change_credentials_mismatch = バリデーター { $validator_index }：指定された認証情報 { $given } は、このニーモニックのキーインデックス { $key_index } から得られる { $derived } と一致しません。開始インデックス、バリデーターの順序、ニーモニックを確認してください。何も署名されていません

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] ニーモニックのキーインデックス { $key_index } から得られる署名鍵は { $signing_pubkey } で、バリデーターの鍵 { $validator_pubkey } ではありません。何も署名されていません
       *[other] キーストアに含まれる鍵は { $keystore_pubkey } で、バリデーターの鍵 { $validator_pubkey } ではありません。何も署名されていません
    }

## Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).

error-chain_no_execution_layer = 実行レイヤーのリクエストは、チェーン ID とリクエストコントラクトがわかっている組み込みチェーンに対してのみ作成されます。{ $chain } はそのいずれでもありません。{ $known } のいずれかを使用してください

error-request_value_invalid = { $reason ->
        [zero] 添付する値が 0 wei です。コントラクトの手数料は 1 wei 以上のため、トランザクションは失敗します
        [too_large] 添付する値「{ $text }」は、コントラクトが要求しうるどの手数料よりも大きい値です（最大 2^128 - 1 wei）
       *[not_wei] 添付する値「{ $text }」は wei の整数ではありません（1 のように数字のみで入力してください）
    }

error-request_not_execution_credentials = バリデーター { $validator_index } の引き出し認証情報は { $prefix } で、引き出しアドレスを含みません。引き出しアドレスからのリクエストを受け付けるのは 0x01 と 0x02 のバリデーターだけです（0x00 のバリデーターには、まず BLS-to-execution change が必要です）

error-request_validator_not_active = バリデーター { $validator_index } の状態は active_ongoing ではなく { $status } です。アクティブでないバリデーターや退出中のバリデーターへのリクエストはチェーンに無視され、手数料は返されません

error-withdrawal_partial_not_compounding = バリデーター { $validator_index } の認証情報は { $prefix } です。チェーンが部分引き出しを行うのは 0x02（コンパウンディング）のバリデーターだけで、0x01 のバリデーターの超過残高は自動的に引き出されます。先に 0x02 に切り替えるか、完全な退出をリクエストしてください

error-withdrawal_amount_on_exit = バリデーター { $validator_index }：完全な退出は残高全体を引き出すため、金額を指定しません。金額を省くか、部分引き出しをリクエストしてください

error-withdrawal_amount_zero = バリデーター { $validator_index }：部分引き出しには 0 より大きい金額が必要です（金額 0 は完全な退出のリクエストです）

error-consolidation_target_not_compounding = バリデーター { $target_index } の認証情報は { $prefix } です。統合先は 0x02（コンパウンディング）認証情報を持つ必要があり、そうでない場合チェーンはリクエストを無視し、手数料は返されません。先に 0x02 に切り替えてください

error-consolidation_self_not_switch = バリデーター { $validator_index } は自身を統合先に指定していますが、認証情報は { $prefix } です。自身を統合先にできるのは、0x02 に切り替えるための 0x01 のバリデーターだけです

error-consolidation_target_address_differs = バリデーター { $source_index } の残高はバリデーター { $target_index } に移りますが、その引き出しアドレス { $target_address } は統合元のアドレス { $source_address } ではありません。資金はそのアドレスのものになります。それが意図どおりの場合にのみ allowOtherTargetAddress を設定してください

error-consolidation_source_also_target = バリデーター { $validator_index } は、このバッチで一方の統合の統合元であり、もう一方の統合先でもあります。退出するとチェーンはもう一方を無視します。2 段階に分けて統合してください

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } は { $found } で、{ $chain } のチェーン ID { $expected } ではありません
        [to] { $field } は { $found } で、{ $chain } でこのリクエストに使うコントラクト { $expected } ではありません
        [request] { $field } がファイルの data と一致しません
        [description] { $field } がファイルの data の内容を表していません
       *[uri] { $field } がファイルの to、chainId、value、data と一致しません
    }

## Passwords and keystores.

error-password_empty = パスワードが空です（制御文字は数えません）。パスワードを設定してください

error-password_too_short = パスワードが { $chars } 文字です。新しいキーストアには { $min } 文字以上が必要です

error-password_mismatch = 2 つのパスワードが一致しません

error-keystore_not_chosen = 先にキーストアファイルを選択し、読み込みが終わるまでお待ちください

error-keystore_wrong_password = パスワードが違います：キーストアのチェックサムが一致しません

error-keystore_malformed = { $reason ->
        [json] 有効な EIP-2335 キーストアではありません：ファイルがキーストアの JSON ではありません：{ $detail }
        [params] 有効な EIP-2335 キーストアではありません：{ $name } が無効です：{ $detail }
        [dklen] 有効な EIP-2335 キーストアではありません：{ $name } が { $found } です。{ $expected } である必要があります
        [version] 有効な EIP-2335 キーストアではありません：{ $name } が { $found } です。サポートしているのはバージョン 4 のみです
        [unsupported_kdf] 有効な EIP-2335 キーストアではありません：{ $name } が「{ $found }」です。サポートしているのは「scrypt」と「pbkdf2」のみです
        [unsupported_prf] 有効な EIP-2335 キーストアではありません：{ $name } が「{ $found }」です。サポートしているのは「hmac-sha256」のみです
        [unsupported_checksum] 有効な EIP-2335 キーストアではありません：{ $name } が「{ $found }」です。サポートしているのは「sha256」のみです
        [unsupported_cipher] 有効な EIP-2335 キーストアではありません：{ $name } が「{ $found }」です。サポートしているのは「aes-128-ctr」のみです
        [not_empty] 有効な EIP-2335 キーストアではありません：{ $name } は空である必要があります
        [not_hex] 有効な EIP-2335 キーストアではありません：{ $name } が 16 進数（0x なし）ではありません
        [wrong_length] 有効な EIP-2335 キーストアではありません：{ $name } が { $bytes } バイトです。{ $expected } バイトである必要があります
        [empty] 有効な EIP-2335 キーストアではありません：{ $name } が空です
        [too_long] 有効な EIP-2335 キーストアではありません：{ $name } が { $bytes } バイトです。最大 { $limit } バイトまでです
        [cipher_length] 有効な EIP-2335 キーストアではありません：{ $name } が { $bytes } バイトです。BLS キーストアに格納されるのは 32 バイトです
        [pubkey] 有効な EIP-2335 キーストアではありません：{ $name } が有効な BLS 公開鍵ではありません（サブグループ内の 48 バイト圧縮 G1 点）
        [path_missing_root] 有効な EIP-2335 キーストアではありません：{ $name } が無効です：鍵パスは「m/」で始める必要があります
        [path_no_indices] 有効な EIP-2335 キーストアではありません：{ $name } が無効です：鍵パスには「m」の後にインデックスが 1 つ以上必要です
        [path_bad_index] 有効な EIP-2335 キーストアではありません：{ $name } が無効です：鍵パスの第 { $level } 階層「{ $text }」は、0 から 4294967295 までのインデックスではありません
        [uuid] 有効な EIP-2335 キーストアではありません：{ $name } が UUID ではありません
       *[other] 有効な EIP-2335 キーストアではありません：{ $name } が無効です
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] キーストアの KDF の実行を拒否しました：scrypt n = { $n } は 1 より大きい 2 のべき乗である必要があります
        [scrypt_r_p] キーストアの KDF の実行を拒否しました：scrypt r = { $r } と p = { $p } はどちらも 1 以上である必要があります
        [scrypt_memory] キーストアの KDF の実行を拒否しました：scrypt n = { $n }, r = { $r }, p = { $p } には 1 GiB を超えるメモリが必要です（128·r·(n + p + 2)）
        [scrypt_params] キーストアの KDF の実行を拒否しました：scrypt n = { $n }, r = { $r }, p = { $p } は scrypt が受け付ける範囲外です（n は 2^(16·r) 未満である必要があります）
        [pbkdf2_c] キーストアの KDF の実行を拒否しました：pbkdf2 c = { $c } は 1 から { $limit } までである必要があります
       *[empty_salt] キーストアの KDF の実行を拒否しました：KDF のソルトが空です
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] 有効な BLS 秘密鍵ではありません（32 バイト、ゼロ以外、曲線の位数未満）
       *[other] キーストアが破損しています：復号した秘密鍵が有効な BLS 秘密鍵ではありません
    }

error-keystore_pubkey_mismatch = キーストアが破損しています：記載されている公開鍵は { $stated } ですが、その秘密鍵の公開鍵は { $actual } です

## Files.

error-file_too_large = { $reason ->
        [keystore] 有効な EIP-2335 キーストアではありません：ファイルが { $bytes } バイトです。キーストアは最大 { $limit_mib } MiB です
       *[other] ファイルが { $bytes } バイトです。{ $limit_mib } MiB を超えるファイルは読み込む前に拒否されます（キーストアや署名済みメッセージのファイルがこれほど大きくなることはありません）
    }

error-file_byte_order_mark = { $reason ->
        [keystore] 有効な EIP-2335 キーストアではありません：ファイルがバイトオーダーマークで始まっています。BOM なしの UTF-8 で保存してください
       *[other] ファイルがバイトオーダーマーク（BOM）で始まっています。BOM なしの UTF-8 で保存してください
    }

error-file_not_utf8 = { $reason ->
        [import] インポートが UTF-8 テキストではありません
       *[other] ファイルが UTF-8 テキストではありません
    }

error-file_empty = { $reason ->
        [import] インポートが空です
       *[other] ファイルにエントリーがありません
    }

error-file_kind_unknown = キーストア、デポジットデータ、BLS 変更、退出のいずれのファイルでもありません

error-json_syntax = { $reason ->
        [import] インポートが beacon API の応答でも ethdo の準備ファイルでもありません：{ $detail }（{ $line } 行目、{ $column } 列目）
       *[other] ファイルが JSON ではありません：{ $detail }（{ $line } 行目、{ $column } 列目）
    }

error-json_duplicate_key = { $reason ->
        [keystore] 有効な EIP-2335 キーストアではありません：ファイルの 1 つのオブジェクト内にキー「{ $key }」が 2 回あります
       *[other] JSON の 1 つのオブジェクト内にキー「{ $key }」が 2 回あります。他のツールは最後の値しか読まないため、このファイルは受け付けません
    }

error-json_not_array = ファイルがエントリーの JSON 配列ではありません

error-json_not_object = { $reason ->
        [exit_in_array] ファイルが JSON 配列です。署名済みの退出ファイルには退出オブジェクトが 1 つだけ含まれます（バリデーターごとに 1 ファイル）
        [keystore] 有効な EIP-2335 キーストアではありません：ファイルが JSON オブジェクトではありません
        [proof_in_array] ファイルが JSON 配列です。引き出しアドレスの所有証明にはオブジェクトが 1 つだけ含まれます（バリデーターごとに 1 ファイル）
       *[other] ファイルが単一の JSON オブジェクトではありません
    }

## Entries of signed-message files (verification reports).

error-field_missing = { $field } がありません

error-field_type = { $reason ->
        [amount_not_gwei] { $field } がないか、gwei 単位の整数ではありません
        [not_integer] { $field } が JSON の整数ではありません
       *[other] { $field } が文字列ではありません
    }

error-credentials_prefix = { $reason ->
        [builder] { $field } のプレフィックス { $prefix } はビルダーのプレフィックス 0xb0 ではありません
       *[other] { $field } のプレフィックス { $prefix } は 0x00、0x01、0x02 のいずれでもありません
    }

error-credentials_padding = { $reason ->
        [builder] 0xb0 認証情報では、{ $field } のバイト 1–11 はゼロである必要があります
       *[other] 0x01/0x02 認証情報では、{ $field } のバイト 1–11 はゼロである必要があります
    }

error-fork_version_mismatch = { $field } の値 { $found } は { $chain } のジェネシスフォークバージョン { $expected } ではありません

error-network_name_mismatch = { $field } の値「{ $found }」は { $chain } ではありません

error-genesis_validators_root_mismatch = { $field } の値 { $found } は { $chain } のものではありません

error-root_mismatch = { $reason ->
        [message_root] { $field } が pubkey、withdrawal_credentials、amount と一致しません
       *[other] { $field } がエントリーと一致しません
    }

error-signature_invalid = { $message ->
        [deposit] { $field } は { $chain } のデポジットとして検証に失敗しました
        [builder_deposit] { $field } は { $chain } のビルダーデポジットとして検証に失敗しました
        [bls_to_execution_change] { $field } は { $chain } の BLS 変更として検証に失敗しました
        [bls_to_execution_change_keystore] { $field } は { $chain } 上のバリデーター鍵 { $pubkey } による引き出しアドレスの所有証明として検証に失敗しました
        [bls_to_execution_change_keystore_mnemonic] { $field } は { $chain } 上で、ニーモニックのキーインデックス 0 から { $last } までのどの署名鍵でも検証に失敗しました
       *[voluntary_exit] { $field } は { $chain } 上のバリデーター鍵 { $pubkey } で検証に失敗しました
    }

error-verify_chain_differs = このファイルには { $stated } 用に作成されたと記載されていますが、{ $selected } が選択されています。署名は { $selected } の値に対して検証されました。ファイルの対象となるチェーンを選択してください。

error-verify_address_differs = { $reason ->
        [no_address] このエントリーの 0x00（BLS）認証情報には実行レイヤーアドレスが指定されておらず、想定したアドレス { $expected } ではありません
       *[other] このエントリーは資金を { $found } に送ります。想定したアドレス { $expected } ではありません
    }

## Validator imports and search.

error-import_too_large = インポートが { $bytes } バイトです。{ $limit_gib } GiB を超えるインポートは受け付けません（メインネットの全バリデーターリストは約 500 MB）

error-import_not_validators = { $reason ->
        [unknown_shape] JSON に「data」（beacon API の validators 応答）も「validators」（ethdo の offline-preparation.json）もありません
       *[other] インポートは JSON ですが、オブジェクトでも配列でもありません。beacon API の応答でも ethdo の準備ファイルでもありません
    }

error-import_both_shapes = JSON に「data」と「validators」の両方があります。beacon API の応答 1 つ、または ethdo のファイル 1 つを指定してください

error-import_missing_field = ethdo の準備ファイルに「{ $name }」がありません

error-import_ethdo_version = ethdo の準備ファイルのバージョン「{ $version }」はサポートされていません。サポートしているのはバージョン「3」です（ethdo 1.30 以降）

error-import_domain_type = ethdo ファイルの { $name } が { $found } で、コンセンサス仕様の値 { $expected } ではありません。Ethereum のチェーン用に作成されたファイルではありません

error-import_csv_columns = CSV の { $line } 行目の列数が { $columns } です。各行は validator_index,withdrawal_credentials の形式である必要があります

error-import_too_many_validators = インポートに含まれるバリデーターが { $limit } 件を超えています。メインネットでも約 110 万件のため、これはバリデーターのリストではありません

error-validator_status_unknown = { $entry }：{ $name } の値「{ $text }」は beacon API のバリデーターステータスではありません

error-import_source_conflict = { $given ->
        [0] インポートファイルを選択するか、インポートを貼り付けるか、バリデーターのリストを指定してください
       *[other] インポートは 1 つだけ指定してください：ファイル、貼り付けたテキスト、バリデーターのリストのいずれか
    }

error-search_too_many_matches = インポート内で { $limit } 件を超えるバリデーターがこのニーモニックの鍵と一致しました。実際のニーモニックが 1 つのリスト内でこれほど多くを管理することはありません。自分のバリデーターだけをインポートする（beacon API の ?id= フィルター）か、検索するキーインデックスを減らしてください

## Handing signing keys to a signer.

error-hand_off_no_keystores = 引き渡す署名用キーストアを選択してください
error-hand_off_withdrawal_key = このキーストアには引き出し鍵 { $path } が含まれています。引き出し鍵はオフラインのまま保管し、バリデータークライアントにもサイナーにも決して渡しません。署名用キーストア（m/12381/3600/i/0/0）を引き渡してください
error-hand_off_duplicate_key = キーストア { $first } と { $second } には同じ鍵が含まれています。1 つの鍵は 1 回だけインポートしてください
error-hand_off_passwords_not_acknowledged = このファイルにはキーストアのパスワードが平文で含まれます。作成する前に、このことを理解したと確認してください
error-signer_host_invalid = 「{ $host }」はホスト名でも IP アドレスでもありません。https://、ポート、パスを付けずに入力してください
error-signer_port_invalid = 「{ $port }」はポートではありません。1 から 65535 までの整数を入力してください
error-signer_path_invalid = 「{ $value }」はストアのパスにできません。英字、数字、- _ . / のみを使い、空白、".."、空の部分を含めないでください
error-aws_region_invalid = 「{ $region }」は eu-central-1 のような AWS リージョン名ではありません

## The wallet's own checks.

error-internal_error = { $reason ->
        [keystore_self_check] 内部チェックに失敗しました：バリデーター { $index } のキーストアを復号しても元の鍵に戻りませんでした。何も書き込まれていません
        [seed_too_short] シードが { $bytes } バイトです。EIP-2333 では 32 バイト以上が必要です
       *[other] 内部チェックに失敗しました。何も書き込まれていません：{ $problem }
    }
