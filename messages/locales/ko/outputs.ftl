## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = BLS-to-execution change
review-what-deposits = 새 검증자 예치
review-what-exits = 자발적 종료
review-title = 검토: 서명할 내용({ $what })
review-signed-title = 서명 완료: { $what }
review-summary-label = 서명한 내용
review-chain = 체인
review-fork-version = 제네시스 포크 버전
review-root = 제네시스 검증자 루트
review-root-label = 제네시스 검증자 루트
review-address = 수신 주소
review-address-label = 수신 주소
review-amount = 검증자당 금액
review-epoch = 유효 시작 에포크
review-validators = 검증자
review-count-bls-changes = BLS-to-execution change { $count }건
review-count-deposits = 새 검증자 예치 { $count }건
review-count-exits = 자발적 종료 { $count }건
review-count = { $what } { $count }건
review-column-validator = 검증자
review-column-key-index = 키 인덱스
review-column-check = 확인
review-pubkey-from-bls = 기존 BLS 공개 키(출금 키)
review-pubkey-signing = 서명 공개 키
review-pubkey-label = 공개 키
review-row-new = 신규
review-row-keystore = 키스토어
review-confirm-ending = 확인을 위해 수신 주소의 마지막 { $count }자를 입력하십시오
review-confirm-each = 각 항목 확인
review-tick-chain = 체인은 { $chain }입니다
review-tick-address = 수신 주소는 내 주소이며, 다른 기기에서 확인했습니다
review-tick-validators = 내 검증자입니다({ $count }개)
review-tick-amount = 각각 { $amount }
review-tick-epoch = 에포크 { $epoch }부터 유효
review-blocked = 위의 모든 검증자가 확인을 통과할 때까지 서명할 수 없습니다.

## Hex values and their Copy button

hex-copy = 복사
hex-copied = 복사됨
hex-copy-label = { $label } 복사

## QR codes, files and long jobs

qr-too-long = QR 코드 하나에 담기에는 너무 깁니다: { $detail }
files-read-failed = 브라우저가 파일을 읽지 못했습니다
files-download-failed = 브라우저가 파일을 다운로드하도록 제공하지 못했습니다
jobs-worker-refused = 브라우저가 Web Worker 시작을 거부했습니다
jobs-module-not-sent = wasm 모듈을 워커로 보내지 못했습니다
jobs-job-not-sent = 작업을 워커로 보내지 못했습니다
job-progress = { $phase }: { $count }, { $elapsed }초
job-progress-eta = { $phase }: { $count }, { $elapsed }초, 약 { $eta }초 남음
job-progress-done = { $done }
job-progress-of = { $done }/{ $total }
job-progress-percent = { $percent }%
job-cancel = 취소
job-cancelled = 취소되었습니다. 아무것도 생성되지 않았습니다.

## Next steps: what to do with each file made

next-steps-title = 다음 단계
next-deposit-title = 예치 데이터: 업로드한 후 예치
next-deposit-copy = { $file } 파일을 예치에 사용할 컴퓨터로 복사하십시오(비밀 정보는 들어 있지 않습니다).
next-deposit-open = { $page } 페이지를 열고 파일을 업로드한 다음, 모든 공개 키, 출금 자격 증명, 금액이 위 요약과 같은지 확인하십시오.
next-deposit-upload = { $chain }의 예치 페이지에 파일을 업로드하고, 모든 공개 키, 출금 자격 증명, 금액을 위 요약과 대조하십시오.
next-deposit-sign = 그 페이지에서 자금을 보유한 지갑으로 예치 트랜잭션에 서명하십시오. 예치는 되돌릴 수 없습니다.
next-deposit-start = 예치가 처리되기 전에 키스토어로 검증자를 시작하여, 어떤 임무(duty)도 놓치지 않도록 하십시오.
next-keystores-title = 키스토어: 검증자 클라이언트 또는 원격 서명자로 가져오기
next-keystores-copy = 키스토어 파일 { $count }개(또는 zip)를 검증자 머신으로 복사하십시오. 비밀번호는 그 머신에서 직접 입력하고, 파일 옆에 저장하지 마십시오.
next-keystores-import = 가져오기 예:
next-keystores-web3signer = Web3Signer: "모두 다운로드"를 누르기 전에 "Web3Signer 키 설정 포함"을 선택하십시오. 생성되는 { $files } 파일이 각 키스토어와 해당 비밀번호 파일을 가리킵니다.
next-keystores-one-machine = 각 키는 한 머신에서만 실행하십시오. 같은 키를 두 머신에서 실행하면 슬래싱됩니다.
next-bls-change-title = BLS-to-execution change: 한 번만 브로드캐스트
next-bls-change-copy = { $file } 파일을 온라인 컴퓨터로 복사하십시오(비밀 정보는 들어 있지 않습니다).
next-bls-change-send = 비콘 노드로 전송하십시오:
next-bls-change-explorer = 또는 블록 탐색기의 브로드캐스트 페이지(메인넷에서는 { $page })에 붙여 넣으십시오.
next-bls-change-after = 며칠 안에 검증자의 자격 증명이 { $prefix } 뒤에 내 주소가 붙은 값으로 바뀌며, 이후 출금은 그 주소로 이루어집니다. 이 변경은 되돌릴 수 없습니다.
next-ethdo-title = ethdo의 { $file }: ethdo용 동일한 변경
next-ethdo-broadcast = 온라인에서 ethdo를 사용한다면, 위 파일 대신 ethdo로 브로드캐스트하십시오(둘 다 사용하지 마십시오):
next-exits-title = 자발적 종료: 종료를 결정할 때까지 보관
next-exits-store = 종료 파일 { $count }개를 안전하게 보관하십시오. 이 파일을 가진 사람은 누구나 해당 검증자를 종료할 수 있으며, 종료는 되돌릴 수 없습니다.
next-exits-send = 종료하려면 파일 하나를 비콘 노드로 전송하십시오:
next-exits-explorer = 또는 블록 탐색기의 브로드캐스트 페이지에 붙여 넣으십시오. 검증자는 종료가 완료될 때까지 임무를 계속 수행합니다.
next-never-title = 이 오프라인 컴퓨터 밖으로 절대 내보내지 말아야 할 것
next-never-text = 니모닉과 그 패스프레이즈. 다른 곳에는 절대 입력하지 마십시오. 키스토어 비밀번호는 키를 실행하는 머신에서만 입력하십시오.
next-print = 이 단계 인쇄

## Shared form pieces

common-chain-label = 체인
common-chain-choose = 체인 선택…
common-chain-custom = 사용자 지정 체인…
common-custom-name-label = 체인 이름
common-custom-genesis-fork-label = 제네시스 포크 버전
common-custom-capella-fork-label = Capella 포크 버전
common-custom-root-label = 제네시스 검증자 루트(BLS 변경 및 종료에 필요)
common-files-verified = ✓ 아래의 모든 파일은 제공되기 전에 검증되었습니다(서명, 루트, 키스토어 복호화).
common-download = 다운로드
common-web3signer = Web3Signer 키 설정 포함({ $files }, 유형 { $kind })
common-download-all = 모두 다운로드({ $file })
common-show-qr = 휴대폰용 QR 코드
common-qr-caption = { $file }, 메시지 { $number }/{ $total }
common-qr-label = QR 코드: { $file }, 메시지 { $number }/{ $total }
common-qr-too-long = { $file }, 메시지 { $number }/{ $total }: QR 코드 하나에 담기에는 너무 깁니다
common-public-ack = 이 키가 공개되어 있음을 알고 있으며, 그래도 이 체인용 파일을 생성하겠습니다
common-needs-mnemonic = 이 단계에는 니모닉이 필요합니다. 먼저 새 니모닉을 생성하거나 보유한 니모닉을 입력하십시오.
common-needs-use = 내 니모닉 입력
common-needs-create = 새 니모닉 생성
