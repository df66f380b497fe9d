## Execution-layer requests

exec-title = 출금 주소에서 종료, 출금 또는 통합
exec-intro = Pectra 업그레이드 이후, 0x01 또는 0x02 출금 자격 증명을 가진 검증자는 출금 주소에서 보내는 트랜잭션으로 종료, 부분 출금 또는 통합할 수 있습니다(EIP-7002, EIP-7251). 이 지갑은 실행 계층 키를 보관하지 않습니다. 각 트랜잭션을 준비할 뿐이며, 서명과 전송은 출금 주소 자체의 지갑이 합니다.
exec-no-secret = 이 화면에는 비밀 정보가 없습니다. 니모닉, 키스토어, 비밀번호가 필요하지 않습니다.
exec-validators-legend = 내 검증자
exec-validators-hint = 비콘 체인에 표시된 내 검증자 정보(각 검증자의 인덱스, 공개 키, 현재 출금 자격 증명)를 붙여 넣거나 불러오십시오. 본인의 검증자만(?id= 필터로) 조회하여 다음 형식 중 하나로 지정하십시오.
exec-validators-count = { $count ->
        [0] 아직 불러온 검증자가 없습니다.
       *[other] 검증자 { $count }개를 불러왔습니다.
    }
exec-validators-from-find = { $count ->
       *[other] "내 검증자 찾기"에서 가져온 검증자 { $count }개가 아래에 표시됩니다. 바꾸려면 다른 목록을 붙여 넣거나 불러오십시오.
    }
exec-requests-legend = 요청
exec-requests-hint = 검증자마다 무엇을 요청할지 선택하십시오. 부분 출금은 0x02 검증자만 가능하며 32 ETH를 초과하는 잔액의 일부를 출금합니다. 통합 대상은 목록에 있는 0x02 자격 증명 검증자여야 합니다.
exec-action-all-label = 모든 검증자에 대한 요청
exec-action-label = 검증자 { $validator }에 대한 요청
exec-action-none = 요청 없음
exec-action-full-exit = 전체 종료
exec-action-partial = 부분 출금(0x02만)
exec-action-switch = 0x02로 전환(복리)
exec-action-consolidate = 다른 검증자로 통합
exec-amount-label = 검증자 { $validator }에서 출금할 금액({ $currency })
exec-target-label = 검증자 { $validator } 통합의 대상
exec-target-choose = 대상 검증자 선택
exec-error-no-target = 통합할 대상 검증자를 선택하십시오
exec-error-no-action = 하나 이상의 검증자에 대해 요청을 선택하십시오
exec-allow-other-target = 다른 출금 주소를 가진 대상 허용(이 경우 원본의 잔액은 그 주소의 소유가 됩니다)
exec-column-pubkey = 공개 키
exec-column-request = 요청

## The value to attach

exec-value-legend = 각 트랜잭션에 첨부할 값(컨트랙트 수수료)
exec-value-withdrawal-label = 각 종료 또는 출금 요청에 첨부할 wei
exec-value-consolidation-label = 각 통합 요청에 첨부할 wei
exec-fee-contract = 컨트랙트:
exec-fee-command = 예를 들어 Foundry의 cast와 이 체인의 실행 노드를 사용하는 경우(응답은 wei 단위 수수료를 16진수로 나타낸 것입니다):
exec-review = 트랜잭션 검토

## The review

exec-review-title = 트랜잭션 검토
exec-review-chain-id = 체인 ID
exec-review-contract-withdrawal = 출금 요청 컨트랙트(EIP-7002)
exec-review-contract-consolidation = 통합 요청 컨트랙트(EIP-7251)
exec-review-value = 각 트랜잭션에 첨부하는 값
exec-review-value-amount = { $wei } wei({ $coins } { $coin })
exec-review-from = 보내는 주소(출금 주소)
exec-review-count = { $count ->
       *[other] 트랜잭션 { $count }건
    }
exec-request-full-exit = 전체 종료. 검증을 멈추고 잔액 전체가 출금됩니다
exec-request-partial = { $amount } 부분 출금
exec-request-switch = 0x02(복리) 자격 증명으로 전환
exec-request-consolidate = 검증자 { $target }(으)로 통합. 종료되며 잔액이 그쪽으로 이동합니다
exec-tick-chain = 체인은 { $chain }, 체인 ID는 { $chain_id }입니다
exec-tick-value = { $contract }(으)로 가는 각 트랜잭션에 { $wei } wei를 첨부하며, 이는 확인한 수수료 이상입니다
exec-tick-from = 검증자들의 출금 주소인 { $address }에서 보내겠습니다
exec-tick-request = 검증자 { $validator }: { $request }
exec-review-blocked = 만들 수 없는 요청이 있습니다(각 요청의 사유를 확인하십시오). 위에서 변경하십시오.
exec-create = 트랜잭션 파일 만들기

## The transactions made

exec-summary-title = 준비된 트랜잭션
exec-requests-title = 각 트랜잭션
exec-output-from = 보내는 주소
exec-output-uri = ethereum: 링크를 여는 지갑용 EIP-681 URI:
exec-output-uri-name = EIP-681 URI
exec-fee-query-name = JSON-RPC 요청
exec-output-qr-label = 검증자 { $validator } 트랜잭션의 QR 코드
exec-notices-title = 보내기 전에
exec-notice-fee_read_by_empty_call = 수수료는 트랜잭션이 실행될 때 컨트랙트가 정합니다. 아래 요청(빈 calldata로 하는 eth_call)으로 확인하고 최소한 그만큼 첨부하십시오.
exec-notice-overpayment_not_refunded = 수수료를 초과하는 값은 컨트랙트에 남으며 환불되지 않습니다. 수수료보다 적으면 트랜잭션이 실패합니다.
exec-notice-send_from_withdrawal_address = 각 트랜잭션은 거기에 적힌 주소에서 보내십시오. 다른 주소에서 보내면 체인은 요청을 무시하고 수수료는 사라집니다.
exec-notice-chain_checks_when_processed = 이 지갑이 오프라인에서 알 수 없는 사항(검증자의 활성 기간, 대기 중인 출금, 대기열, 잔액)은 체인이 계속 확인합니다. 이를 통과하지 못한 요청은 무시되며 수수료는 돌려받지 못합니다.
exec-notice-consolidation_exits_source = 통합의 원본 검증자는 종료됩니다. 잔액이 대상으로 이동하면 검증을 멈춥니다.
exec-next-title = 출금 주소에서 서명하고 보내기
exec-next-fee = 보내기 직전에 먼저 수수료를 확인하십시오. 이 JSON-RPC 요청을 해당 체인의 실행 노드에 보내십시오.
exec-next-fee-result = 결과는 wei 단위 수수료를 16진수로 나타낸 것입니다. 파일의 값보다 높으면 더 높은 값으로 파일을 다시 만드십시오.
exec-next-send = 출금 주소를 보관한 지갑(하드웨어 지갑, Safe, 온라인 컴퓨터의 지갑)을 열고 그 지갑에서 각 트랜잭션을 보내십시오. to, value, data는 파일과 똑같이 입력하거나, URI를 열거나 QR 코드를 스캔하십시오. 주소:
exec-next-check = 서명하기 전에 지갑에 파일의 컨트랙트, 값, data가 표시되는지 확인하십시오. data를 빠뜨리는 지갑은 값만 보내게 되며, 컨트랙트가 이를 거부합니다.
exec-next-chain = 그러면 컨트랙트가 요청을 대기열에 넣고 비콘 체인이 몇 에포크 안에 처리합니다. 전체 종료는 종료 대기열에서 기다린 뒤 잔액 전체가 출금됩니다. 부분 출금은 출금 주소로 지급됩니다. 전환은 자격 증명을 0x02로 바꿉니다. 통합은 원본의 잔액을 대상으로 옮깁니다. 비콘 체인 탐색기에서 검증자를 확인하십시오.

## On "Find my validators"

exec-offer = { $count ->
       *[other] 찾은 검증자 중 { $count }개가 0x01 또는 0x02 자격 증명을 가지고 있습니다. 출금 주소에서 이 검증자들을 종료하거나, 출금하거나, 통합할 수 있습니다.
    }
exec-offer-button = 이 검증자들을 종료, 출금 또는 통합
