## Look up a withdrawal key

lookup-title = 키 인덱스의 출금 키
lookup-hint = 니모닉의 키 인덱스 i에 해당하는 출금 공개 키({ $path })와 이 키로 만들어지는 0x00 출금 자격 증명을 표시합니다. 비콘 체인에 표시된 값과 비교할 수 있습니다.
lookup-index-label = 키 인덱스
lookup-show = 키 표시
lookup-withdrawal-path = 출금 키 경로
lookup-withdrawal-pubkey = 출금 공개 키
lookup-credentials = 0x00 출금 자격 증명
lookup-signing = 서명 키 경로 및 공개 키
lookup-copy-withdrawal-pubkey = 출금 공개 키
lookup-copy-credentials = 출금 자격 증명
lookup-copy-signing-pubkey = 서명 공개 키

## Find my validators

find-title = 내 검증자 찾기
find-hint = 비콘 체인의 정보를 다음 형식 중 하나로 가져오면, 니모닉의 키가 통제하는 검증자를 지갑이 찾아냅니다. 가져오기 데이터는 최대 1 GiB까지 읽습니다(메인넷 전체 목록은 약 500 MB).
find-hint-beacon-api = 다음 요청에 대한 beacon API의 응답:
find-hint-ethdo = ethdo의 파일:
find-hint-csv = 다음 열이 있는 CSV:
find-key-count-label = 검색할 키 인덱스 수, 0부터(ethdo는 1,024개 검색)
find-submit = 내 검증자 찾기
find-summary = { $format }: 검증자 { $read }개를 읽었으며, 그중 { $found }개가 이 니모닉의 키 인덱스 { $first }–{ $last }로 통제됩니다.
find-format-beacon-api = beacon API validators 응답
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = 목록

## The import

find-import-file-label = 가져올 파일
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …또는 여기에 붙여 넣기

## The validators found

find-column-sign = 서명
find-column-validator = 검증자
find-column-key-index = 키 인덱스
find-column-status = 상태
find-column-credentials = 출금 자격 증명
find-column-found-by = 찾은 기준
find-column-change = 주소 변경
find-select-validator = 검증자 { $validator }에 대해 서명
find-found-by-both = 자격 증명 및 공개 키
find-found-by-credentials = 출금 자격 증명
find-found-by-pubkey = 서명 공개 키
find-change-possible = 0x00: 변경 가능
find-change-other-key = 다른 출금 키의 0x00: 이 니모닉의 키가 아님
find-change-already = 이미 { $prefix }

## Signing for the validators found

find-bls-warning = BLS 변경은 체인에 한 번만 포함될 수 있으며 되돌릴 수 없습니다. 다른 기기에서 주소를 확인하십시오.
find-address-label = 새 실행 계층(출금) 주소, EIP-55 체크섬 적용
find-address-again-label = 같은 주소 다시 입력
find-with-exits = 선택한 검증자의 자발적 종료도 사전 서명
find-exit-epoch-label = 종료 에포크
find-review = 서명할 내용 검토
find-sign = 선택한 검증자에 대해 서명
find-error-none-selected = 이 니모닉으로 서명할 수 있는 검증자를 하나 이상 선택하십시오
find-error-address-twice = 새 주소를 두 번 입력하십시오
