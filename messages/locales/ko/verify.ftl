verify-title = 파일 검증
verify-file-label = 예치 데이터, BLS 변경, 종료, 소유 증명, 출금·통합 요청 또는 키스토어 파일(어떤 도구로 만든 파일이든 가능)

## What the chosen file is

verify-kind-keystore = 키스토어입니다. 확인하려면 비밀번호를 입력하십시오.
verify-kind-deposit-data = 예치 데이터입니다.
verify-kind-builder-deposit-data = 빌더 예치 데이터입니다.
verify-kind-bls-changes = BLS-to-execution change입니다.
verify-kind-exit = 서명된 자발적 종료입니다.
verify-kind-ownership-proof = 출금 주소 소유 증명입니다(deposit-cli의 BLS-to-execution change keystore 서명).
verify-kind-execution-request = 출금 또는 통합 요청입니다. 출금 주소의 지갑에서 보낼 트랜잭션입니다(EIP-7002, EIP-7251).

## The form

verify-password-label = 키스토어 비밀번호
verify-exit-pubkey-label = 검증자의 서명 공개 키(0x…)
verify-expected-address-label = 예상 출금 주소(선택 사항, 체크섬 적용): 모든 항목이 이 주소로 자금을 보내야 합니다
verify-key-count-label = 파일과 비교할 니모닉의 키 인덱스 수(0부터)
verify-no-mnemonic = 각 항목이 니모닉의 어떤 키를 사용하는지 보려면 먼저 니모닉을 로드하십시오.
verify-check = 확인

## A keystore opened

verify-keystore-ok = ✓ 이 비밀번호로 키스토어가 열립니다: 공개 키 { $pubkey }, 경로 { $path }
verify-keystore-path-signing = { $path } (검증자 키 인덱스 { $index }의 서명 키)
verify-keystore-path-withdrawal = { $path } (검증자 키 인덱스 { $index }의 출금 키)
verify-keystore-path-none = 지정되지 않음
verify-keystore-path-other = { $path } (EIP-2334 검증자 키 경로가 아님)

## Where the funds go

verify-destinations-title = 자금 수신 주소
verify-no-address-deposit = 실행 계층 주소가 없습니다. 예치의 자격 증명이 0x00(BLS)이므로, 출금하려면 먼저 BLS-to-execution change가 필요합니다.
verify-no-address = 이 파일에서 실행 계층 주소를 읽을 수 없습니다.
verify-address-differs = ✗ 예상한 주소가 아님
verify-execution-address-label = 실행 계층 주소

## The network the file names

verify-network-none = 이 파일에는 네트워크가 지정되어 있지 않습니다(종료 파일과 ethdo의 변경 파일에는 네트워크 정보가 없음). 서명은 { $chain } 기준으로 검증되었습니다.
verify-network-named = 이 파일에 지정된 네트워크는 { $networks }입니다. 서명은 { $chain } 기준으로 검증되었습니다.
verify-networks-join = { $first } 및 { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = 내장 체인 없음

## Each entry

verify-entry-valid = 항목 { $number }: ✓ 유효
verify-entry-invalid = 항목 { $number }: ✗ { $problems }
verify-your-mnemonic = 내 니모닉
verify-validator-pubkey = 검증자 공개 키
verify-validator-pubkey-label = 검증자 공개 키
verify-withdrawal-credentials = 출금 자격 증명
verify-amount = 금액
verify-amount-value = { $amount } (예치 컨트랙트 기준 { $gwei } gwei)
verify-signature = 서명
verify-validator-index = 검증자 인덱스
verify-from-bls-key = 기존 출금 키(BLS)
verify-bls-pubkey-label = BLS 출금 공개 키
verify-to-address = 새 실행 계층 주소
verify-epoch = 에포크(유효 시작 시점)
verify-checked-pubkey = 대조한 서명 공개 키
verify-signing-pubkey-label = 서명 공개 키
verify-unreadable = 읽을 수 없음

## Withdrawal credentials

verify-credentials-bls = { $prefix } — BLS 출금 키: 아직 실행 계층 주소 없음(BLS-to-execution change로 설정)
verify-credentials-execution = { $prefix } — 실행 계층 주소
verify-credentials-compounding = { $prefix } — 복리, 실행 계층 주소로 출금
verify-credentials-builder = { $prefix } — 빌더, 실행 계층 주소로 출금
verify-credentials-unknown = { $prefix } — 합의 사양에 정의되지 않은 접두사
verify-credentials-all-bytes = 전체 32바이트
verify-credentials-label = 출금 자격 증명

## Signatures

verify-signature-valid = ✓ 선택한 체인에서 검증됨
verify-signature-invalid = ✗ 선택한 체인에서 검증되지 않음
verify-signature-not-checked = 확인하지 않음(위의 문제 참조)

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] 서명 키
       *[withdrawal] 출금 키
    }: 내 니모닉의 키 인덱스 { $index }
verify-key-match-none = { $key ->
        [signing] 서명 키
       *[withdrawal] 출금 키
    }: 내 니모닉의 키가 아님(처음 { $count }개 키 인덱스 확인함)

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = 검증자의 서명 공개 키(0x…). 비워 두면 니모닉의 서명 키로 대조합니다
verify-signer-keystore-label = 또는 검증자의 키스토어 파일: 파일에 적힌 공개 키만 읽습니다(비밀번호 불필요)
verify-signer-keystore-read = ✓ { $name } 읽기 완료: 이 공개 키로 항목을 대조합니다
verify-destinations-proof = 이 증명이 밝히는 주소
verify-proof-not-consensus = 합의 메시지가 아닙니다. 온체인에서는 아무것도 바뀌지 않으며, 어떤 비콘 노드도 이를 받지 않습니다.
verify-request-action = 요청 내용
verify-request-action-full-exit = 검증자의 전체 종료: 잔액 전체가 출금됩니다
verify-request-action-partial-withdrawal = 0x02 검증자의 부분 출금
verify-request-action-switch-to-compounding = 검증자의 0x02(복리) 자격 증명 전환
verify-request-action-consolidation = 통합: 원본 검증자가 종료되고 그 잔액이 대상으로 옮겨집니다
verify-request-chain-id = 체인 ID
verify-request-from = 보내는 주소(출금 주소)
verify-request-to = 받는 시스템 컨트랙트
verify-request-to-label = 컨트랙트 주소
verify-request-value = 첨부할 값(컨트랙트 수수료)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = 원본 검증자 공개 키
verify-request-target-pubkey = 대상 검증자 공개 키
verify-request-amount = 출금할 금액
verify-request-amount-value = { $amount }({ $gwei } gwei)
verify-no-address-consolidation = 어떤 주소로도 자금이 가지 않습니다. 통합은 원본 검증자의 잔액을 대상 검증자로 옮기며, 0x02 전환은 아무것도 옮기지 않습니다.
verify-network-request = { $chain }의 체인 ID와 요청 컨트랙트로 대조했습니다. 이 파일에는 서명이 없습니다. 트랜잭션은 보낼 때 출금 주소의 지갑이 서명합니다.
