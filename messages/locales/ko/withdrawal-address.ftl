bls-change-title = 출금 주소 설정(BLS-to-execution change)
bls-change-warning = BLS 변경은 체인에 한 번만 포함될 수 있으며 되돌릴 수 없습니다. 다른 기기에서 주소를 확인하십시오.
bls-change-validators-legend = 비콘 체인에 등록된 내 검증자
bls-change-find-hint = 비콘 체인의 목록(beacon API의 validators 또는 ethdo의 { $file })이 있습니까?
bls-change-find = 목록에서 찾기
bls-change-start-index-label = 아래 첫 번째 검증자의 키 인덱스
bls-change-validator-indices-label = 검증자 인덱스(비콘 체인), 쉼표 또는 줄바꿈으로 구분
bls-change-credentials-label = 현재 출금 자격 증명(0x00…), 같은 순서로 입력
bls-change-derive-credentials = 내 니모닉에서 이 키 인덱스에 해당하는 자격 증명 채우기
bls-change-address-label = 새 실행 계층(출금) 주소, EIP-55 체크섬 적용
bls-change-address-again-label = 같은 주소 다시 입력
bls-change-review = 서명할 내용 검토
bls-change-sign = BLS-to-execution change 서명

## Ownership proof

proof-title = 출금 주소 소유 증명
proof-not-consensus = 이것은 체인에 보내는 메시지가 아닙니다. 서명해도 온체인에서는 아무것도 바뀌지 않으며, 비콘 노드도 Launchpad도 이를 받지 않습니다. 일부 운영자가 스테이커에게 검증자의 서명 키를 관리하고 있음을 증명하고 주소를 밝히도록 요구할 때 사용합니다.
proof-what = 이 파일은 검증자의 서명 키로 서명하여, 해당 검증자의 출금이 아래 주소로 가야 한다고 밝힙니다. 예를 들어 0x00 자격 증명의 니모닉을 잃었지만 서명 키스토어는 가지고 있는 스테이커에게 요구됩니다.
proof-reference = deposit-cli에서는 다음 명령으로 같은 파일을 만듭니다:
proof-source-legend = 서명 수단
proof-source-keystore = 검증자의 키스토어 파일과 비밀번호
proof-source-mnemonic = 내 니모닉(검증자의 키 인덱스)
proof-keystore-file-label = 검증자의 키스토어 파일
proof-keystore-password-label = 키스토어 비밀번호
proof-key-index-label = 검증자 서명 키의 키 인덱스
proof-validator-pubkey-label = 검증자의 공개 키(권장: 입력하면 서명 키가 이 검증자의 키여야 함)
proof-validator-index-label = 검증자 인덱스(비콘 체인)
proof-address-label = 증명에 밝힐 출금 주소, EIP-55 체크섬 적용
proof-address-again-label = 같은 주소 다시 입력
proof-review = 서명할 내용 검토
proof-sign = 증명 서명
review-what-ownership-proof = 출금 주소 소유 증명
review-count-ownership-proof = 출금 주소 소유 증명 { $count }건
next-proof-title = 출금 주소 소유 증명: 요청한 곳에 전달하십시오
next-proof-copy = { $file } 파일을 온라인 컴퓨터로 복사하십시오(비밀 정보는 들어 있지 않습니다).
next-proof-send = 파일(또는 그 서명)을 요청한 운영자나 절차에 그들이 요구하는 방식으로 보내십시오. 브로드캐스트할 것은 없습니다. 비콘 노드도 Launchpad도 이를 받지 않습니다.
next-proof-nothing-on-chain = 이 파일만으로는 온체인에서 아무것도 증명하지 않으며 출금 자격 증명도 바꾸지 않습니다. 0x00 검증자의 주소는 출금 키로 서명한 BLS-to-execution change로만 설정됩니다.
