## Shared by both screens

mnemonic-wordlist-label = لغة الكلمات
mnemonic-wordlist-note = لغة الكلمات (قائمة الكلمات) مستقلة عن لغة هذه الصفحة.
mnemonic-use = استخدام عبارة الاسترداد هذه

## Create a new mnemonic

create-title = إنشاء عبارة استرداد جديدة (mnemonic)
create-words-again = هذه هي الكلمات التي وُلِّدت في زيارتك السابقة: إن كنت قد دوّنتها فتابع بها. توليد كلمات جديدة يُلغي هذه الكلمات، وعندئذٍ لن تكون أي نسخة منها عبارة الاسترداد الخاصة بك.
create-new-words = توليد كلمات جديدة بدلًا منها
create-write-down = دوِّن هذه الكلمات الـ24 على ورقة، بترتيبها. كل من يحوزها يتحكم في مدققيك وأموالهم؛ ومن دونها لا يمكن استرداد أي شيء. لا تكتبها أبدًا على جهاز متصل بالإنترنت.
create-written-down = لقد دوّنتها
create-type-back = اكتب العبارة كاملةً من نسختك الورقية. الكلمات مخفية الآن.
create-confirm-label = عبارة الاسترداد الخاصة بك
create-confirm-mismatch = هذا لا يطابق الكلمات المعروضة؛ قارن كل كلمة بنسختك المكتوبة
create-confirm = تأكيد
create-show-again = عرض الكلمات مرة أخرى
create-confirmed = ✓ العبارة مطابقة.
create-passphrase-warning = اختياري: عبارة مرور BIP39 (تُسمّى أحيانًا الكلمة الخامسة والعشرين). إنها تغيّر كل المفاتيح. إن نسيتها فلن يستطيع أي شيء استعادة مدققيك. اتركها فارغة ما لم تكن متأكدًا من أنك تريدها.
create-passphrase-label = عبارة المرور (اختيارية)
create-passphrase-again-label = عبارة المرور مرة أخرى

## Use an existing mnemonic

use-title = استخدام عبارة استرداد موجودة (mnemonic)
use-mnemonic-label = عبارة الاسترداد (من 12 إلى 24 كلمة؛ تُقبل الاختصارات المكوّنة من 4 أحرف)
use-hide-words = إخفاء الكلمات
use-show-words = إظهار الكلمات
use-wordlist-auto = اكتشاف تلقائي
use-detected-wordlist = الكلمات تطابق قائمة كلمات { $wordlist }.
use-unknown-word = { $word } (كلمة غير معروفة)
use-canonical = العبارة بصيغتها القياسية، كما ستُستخدم:
use-passphrase-label = عبارة مرور BIP39 (اتركها فارغة إن لم تضبط عبارة مرور من قبل)
