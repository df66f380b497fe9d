hand-off-title = 서명자에게 키 넘기기
hand-off-hint = 서명용 키스토어 전용입니다. 니모닉과 출금 키는 절대 노드나 서명자에게 넘기지 마십시오. 오프라인으로 보관하십시오.
hand-off-keystores-label = 서명용 키스토어(하나 이상의 파일)
hand-off-keystores-read = 키스토어 { $count }개 읽기 완료
hand-off-from-keys = 방금 만든 키스토어가 로드되었습니다.
hand-off-password-label = 키스토어 비밀번호
hand-off-destination-legend = 키를 넘길 곳
hand-off-keymanager = 검증자 클라이언트 또는 Web3Signer, keymanager API 사용(가져오기 파일 하나)
hand-off-web3signer = 자체 디스크에서 키스토어를 읽는 Web3Signer
hand-off-vault = HashiCorp Vault를 사용하는 Web3Signer(업로드 번들)
hand-off-aws = AWS Secrets Manager를 사용하는 Web3Signer(업로드 번들)
hand-off-vault-host-label = Vault 서버 호스트(https://와 포트 제외)
hand-off-vault-port-label = Vault 서버 포트
hand-off-vault-tls = Web3Signer가 TLS로 Vault에 연결
hand-off-vault-mount-label = KV v2 마운트
hand-off-vault-folder-label = 마운트 아래 폴더(각 키는 폴더/공개 키)
hand-off-aws-region-label = AWS 리전
hand-off-aws-prefix-label = 시크릿 이름 접두사(각 키는 접두사 + 공개 키)
hand-off-aws-access-key = 각 설정에 액세스 키 자리 표시자 쓰기(쓰지 않으면 Web3Signer는 호스트 자체의 AWS 자격 증명을 사용)
hand-off-review = 키를 넘길 곳 검토
hand-off-review-title = { $chain }용 서명 키 { $count }개
hand-off-column-pubkey = 서명 공개 키
hand-off-column-path = 경로
hand-off-column-stored-as = 저장 이름
hand-off-passwords-warning = 이 파일에는 키스토어 비밀번호가 키스토어와 함께 평문으로 들어 있습니다. 이 파일을 읽는 사람은 누구나 이 키로 서명할 수 있습니다.
hand-off-passwords-ack = 이 파일에 키스토어 비밀번호가 들어 있음을 이해합니다. 검증자 호스트로만 옮기고 가져오기 후 삭제하겠습니다
hand-off-make = 파일 만들기
hand-off-never-signed = 한 번도 서명한 적이 없는 키 전용입니다. 슬래싱 방지 기록이 비어 있습니다. 하나의 키를 두 곳에서 실행하지 마십시오.

## Next steps of each hand-off.

next-keymanager-title = keymanager API로 가져오기
next-keymanager-text = 가져오기 파일을 검증자 클라이언트(또는 Web3Signer)의 keymanager API에 접속할 수 있는 머신으로 복사한 다음, API 토큰과 포트를 지정하여 보내십시오:
next-keymanager-check = 응답 data의 모든 항목이 "imported"(또는 "duplicate")여야 합니다. 그런 다음 파일을 삭제하십시오. 비밀번호가 들어 있습니다.
next-web3signer-title = Web3Signer에 키 로드
next-web3signer-text = 키스토어와 이 설정 파일을 서명자 호스트로 복사하고, 각 비밀번호 파일을 해당 키스토어 옆에 작성하고({ $files }), 경로를 수정한 다음, --key-store-path를 설정 폴더로 지정하여 Web3Signer를 시작하고 /api/v1/eth2/publicKeys를 확인하십시오.
next-upload-title = 온라인 머신에서 키 업로드
next-upload-text = { $file } 파일을 저장소에 접속할 수 있는 온라인 머신으로 복사하고, 해당 CLI로 로그인하고, 압축을 푼 다음 실행하십시오:
next-upload-run = 시험 실행(dry run)은 비밀번호로 각 키스토어를 확인하고 각 명령을 출력합니다. 두 번째 실행에서 시크릿을 저장합니다. 그런 다음 web3signer/*.yaml의 자리 표시자를 바꾸고 이 파일들을 Web3Signer에 전달하십시오.

## Key budget plan on the keys page.

budget-plan-title = 계획: 니모닉 { $mnemonics }개에서 키 { $count }개
budget-plan-mnemonic = 니모닉
budget-plan-indices = 키 인덱스
budget-plan-label = 번들 이름
budget-plan-in-use = 사용 중
budget-plan-new = 새 니모닉
budget-plan-first = 지금은 첫 번째 배치만 만들기
keys-hand-off = 이 키스토어를 서명자에게 넘기기
