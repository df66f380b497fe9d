app-title = withdrawal-wallet
language-picker-label = 페이지 언어
tagline = 이더리움 검증자를 위한 오프라인 키 도구입니다. 입력한 내용은 이 페이지 밖으로 전송되지 않습니다.
online-banner = 온라인 상태인 것으로 보입니다. 니모닉을 입력하기 전에 네트워크 연결을 끊으십시오.
offline-banner = 오프라인 ✓
loaded-from = 로드 위치:
chain-label = 체인:
chain-not-chosen = 아직 선택하지 않음
chain-custom = { $name } (사용자 지정)
chain-custom-incomplete = 사용자 지정(입력 미완료)
mnemonic-loaded = { $passphrase ->
        [yes] 니모닉 로드됨({ $wordlist } 단어 목록, 패스프레이즈 사용)
       *[no] 니모닉 로드됨({ $wordlist } 단어 목록)
    }
clear = 지우기
back-to-tasks = ← 전체 작업

## The start screen

start-title = 무엇을 하시겠습니까?
tools-title = 개별 도구
tools-hint = 절차를 알고 있는 분을 위한 기능입니다. 안내 없이 각 도구를 개별적으로 사용할 수 있습니다.
tool-create-mnemonic = 새 니모닉 생성
tool-create-mnemonic-detail = 새 단어 24개를 종이에 적고 다시 입력하여 확인
tool-use-mnemonic = 기존 니모닉 사용
tool-use-mnemonic-detail = 단어별로 검사하며, 약어는 전체 단어로 확장
tool-validator-keys = 검증자 키 생성
tool-validator-keys-detail = 키스토어 및 예치 데이터(deposit data)
tool-withdrawal-address = 출금 주소 설정
tool-withdrawal-address-detail = 0x00 검증자를 위한 BLS-to-execution change
tool-ownership-proof = 출금 주소 소유 증명
tool-ownership-proof-detail = 일부 운영자가 요구하는 서명된 진술, 온체인에서는 아무것도 바뀌지 않음
tool-exits = 종료 사전 서명
tool-exits-detail = 니모닉 또는 키스토어 사용
tool-verify-files = 파일 검증
tool-verify-files-detail = 모든 도구에서 만든 예치, BLS 변경, 종료 또는 키스토어 파일
tool-find-validators = 내 검증자 찾기
tool-find-validators-detail = 비콘 체인의 목록을 가져와 주소 변경과 종료에 일괄 서명
tool-hand-off = 서명자에게 키 넘기기
tool-hand-off-detail = keymanager API 가져오기, Web3Signer 설정, Vault 및 AWS 업로드 번들
tool-lookup = 출금 키 조회
tool-lookup-detail = 키 인덱스의 출금 공개 키와 0x00 자격 증명
tool-top-up = 검증자 추가 예치
tool-top-up-detail = 기존 0x01 또는 0x02 검증자에 대한 예치, 키스토어 또는 니모닉 사용
tool-builder-deposits = 빌더 예치
tool-builder-deposits-detail = 빌더 키, 키스토어, 예치(EIP-8282)
tool-execution-requests = 출금 주소에서 종료, 출금 또는 통합
tool-execution-requests-detail = 0x01 및 0x02 검증자를 위한 트랜잭션(EIP-7002, EIP-7251), 본인의 지갑에서 전송

## Journeys

journey-withdrawal-address = 내 출금 주소 설정하기
journey-withdrawal-address-detail = 내 검증자의 자격 증명이 0x00입니다. BLS-to-execution change에 서명하여 보상과 종료 시 자금이 내 주소로 지급되도록 합니다.
journey-new-validators = 새 검증자용 키 만들기
journey-new-validators-detail = 검증자 클라이언트용 키스토어와 Launchpad용 예치 데이터.
journey-exits = 검증자 종료하기
journey-exits-detail = 니모닉 또는 키스토어로 자발적 종료(voluntary exit)에 미리 서명해 두고, 원하는 시점에 브로드캐스트합니다.
journey-check-file = 파일 확인하기
journey-check-file-detail = 예치, BLS 변경, 종료 또는 키스토어 파일의 내용과 유효 여부를 확인합니다.

stepper-label = { $journey }: 단계
step-your-mnemonic = 내 니모닉
step-your-validators = 내 검증자
step-chain-address-amounts = 체인, 주소 및 금액
step-mnemonic-or-keystore = 니모닉 또는 키스토어
step-validators-and-epoch = 검증자 및 에포크
step-review-and-sign = 검토 및 서명
step-files-and-next-steps = 파일 및 다음 단계
step-the-file = 파일
step-what-it-says = 파일 내용

## What a long job is doing

phase-deriving = 키 파생 중
phase-keystores = 검증자 키
phase-signing = 서명 중
phase-verifying = 검증 중
phase-reading-import = 가져온 데이터 읽는 중(검증자)
phase-decrypting = 키스토어 여는 중

keystore-reading = { $name } 읽는 중…
keystore-read = ✓ { $name } 읽기 완료
