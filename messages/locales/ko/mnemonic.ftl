## Shared by both screens

mnemonic-wordlist-label = 단어 언어
mnemonic-wordlist-note = 단어의 언어(단어 목록)는 이 페이지의 언어와 별개입니다.
mnemonic-use = 이 니모닉 사용

## Create a new mnemonic

create-title = 새 니모닉 생성
create-words-again = 이전 방문 시 생성된 단어입니다. 이 단어를 적어 두었다면 그대로 계속하십시오. 새 단어를 생성하면 이 단어는 폐기되며, 적어 둔 사본은 더 이상 귀하의 니모닉이 아니게 됩니다.
create-new-words = 대신 새 단어 생성
create-write-down = 이 24개 단어를 순서대로 종이에 적어 두십시오. 이 단어를 가진 사람은 누구나 귀하의 검증자와 그 자금을 통제할 수 있으며, 단어를 잃으면 아무것도 복구할 수 없습니다. 온라인 컴퓨터에는 절대 입력하지 마십시오.
create-written-down = 모두 적었습니다
create-type-back = 종이에 적은 사본을 보고 전체 구문을 입력하십시오. 이제 단어는 숨겨져 있습니다.
create-confirm-label = 니모닉
create-confirm-mismatch = 표시된 단어와 일치하지 않습니다. 적어 둔 사본과 단어를 하나씩 대조하십시오
create-confirm = 확인
create-show-again = 단어 다시 보기
create-confirmed = ✓ 구문이 일치합니다.
create-passphrase-warning = 선택 사항: BIP39 패스프레이즈("25번째 단어"라고도 함). 모든 키가 달라집니다. 패스프레이즈를 잊어버리면 검증자를 복구할 방법이 없습니다. 필요하다고 확실히 알고 있는 경우가 아니라면 비워 두십시오.
create-passphrase-label = 패스프레이즈(선택 사항)
create-passphrase-again-label = 패스프레이즈 다시 입력

## Use an existing mnemonic

use-title = 기존 니모닉 사용
use-mnemonic-label = 니모닉(12~24단어, 4글자 약어 사용 가능)
use-hide-words = 단어 숨기기
use-show-words = 단어 표시
use-wordlist-auto = 자동 감지
use-detected-wordlist = 단어가 { $wordlist } 단어 목록과 일치합니다.
use-unknown-word = { $word } (알 수 없는 단어)
use-canonical = 실제로 사용될 표준 구문:
use-passphrase-label = BIP39 패스프레이즈(설정한 적이 없다면 비워 두십시오)
