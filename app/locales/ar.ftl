# Translation status: draft (written by the MSQ team for UN translators to review; see docs/i18n.md).
# واجهة المستخدم باللغة العربية: ترجمة للمصدر الإنكليزي (en.ftl) الذي تتبعه كل ترجمة.
# معرّفات الرسائل بصيغة `section-key`؛ و`{ $name }` قيمة تملؤها الشيفرة البرمجية.
# تختار الأعداد صيغتها وفق قواعد CLDR للعربية: `{ $n -> [zero] ... [one] ... [two] ... [few] ... [many] ... *[other] ... }`.

## site

site-name = دراسة الأمم المتحدة الاستقصائية للحكومة الإلكترونية
site-service = استبيان الدول الأعضاء
site-skip = الانتقال إلى المحتوى الرئيسي
site-languages = اللغة
site-footer = إدارة الشؤون الاقتصادية والاجتماعية في الأمم المتحدة، شعبة المؤسسات العامة والحكومة الرقمية.

## choose

choose-title = اختر الدولة العضو التي تمثلها
choose-lead = تُحفظ الإجابات كمسودة للدولة العضو التي تمثلها. ويمكنك العودة ومواصلة العمل في أي وقت ومن أي حاسوب.
choose-label = الدولة العضو
choose-hint = مرتبة حسب الترتيب الأبجدي لأسمائها بالإنكليزية.
choose-placeholder = اختر دولة عضوًا
choose-edition = الإصدار
choose-continue = متابعة
choose-required = اختر الدولة العضو التي تمثلها
choose-your_name = اسمك
choose-your_name_hint = يظهر لزملائك بجانب الإجابات التي تغيّرها.

## home

home-earlier_title = الإصدارات السابقة
home-earlier_status = ردّك: { $status }.
home-earlier_pdf = ملف PDF موقَّع
home-title = { $country }: { $edition }
home-progress =
    { $total ->
        [zero] أجبت عن { $answered } من أصل { $total } سؤال.
        [one] أجبت عن { $answered } من أصل سؤال واحد.
        [two] أجبت عن { $answered } من أصل سؤالين.
        [few] أجبت عن { $answered } من أصل { $total } أسئلة.
        [many] أجبت عن { $answered } من أصل { $total } سؤالًا.
       *[other] أجبت عن { $answered } من أصل { $total } سؤال.
    }
home-sections_done =
    { $total ->
        [zero] اكتمل { $done } من أصل { $total } قسم.
        [one] اكتمل { $done } من أصل قسم واحد.
        [two] اكتمل { $done } من أصل قسمين.
        [few] اكتمل { $done } من أصل { $total } أقسام.
        [many] اكتمل { $done } من أصل { $total } قسمًا.
       *[other] اكتمل { $done } من أصل { $total } قسم.
    }
home-tasks = الأقسام
home-status_not_started = لم يبدأ
home-status_in_progress = قيد الإنجاز
home-status_completed = مكتمل
home-status_problems = توجد مشكلات
home-status_to_confirm = بانتظار التأكيد
home-check = راجع إجاباتك
home-intro_title = المقدمة والإذن
home-download_json = تنزيل المسودة كملف رد (JSON)
home-download_json_locked = تنزيل الإجابات كملف رد (JSON)
home-change_country = اختيار دولة عضو أخرى

## section

section-too_many_rows =
    يقبل السؤال { $question } ما لا يزيد على { $max ->
        [zero] { $max } صف
        [one] صف واحد
        [two] صفين
        [few] { $max } صفوف
        [many] { $max } صفًا
       *[other] { $max } صف
    }، وقد أرسل هذا النموذج { $posted }. لم يُحفظ أي شيء في هذه الصفحة: عُد إلى الصفحة، واحذف الصفوف التي لا تحتاج إليها، ثم احفظ مرة أخرى.
section-too_long =
    تتضمن إحدى الإجابات عن السؤال { $question } { $chars ->
        [zero] { $chars } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $chars } أحرف
        [many] { $chars } حرفًا
       *[other] { $chars } حرف
    }، في حين أن الحد الأقصى هو { $max }. لم يُحفظ أي شيء في هذه الصفحة: عُد إلى الصفحة، واختصر الإجابة، ثم احفظ مرة أخرى.
section-too_many_choices =
    أُرسلت إلى السؤال { $question } { $posted ->
        [zero] { $posted } خانة محددة
        [one] خانة واحدة محددة
        [two] خانتان محددتان
        [few] { $posted } خانات محددة
        [many] { $posted } خانةً محددة
       *[other] { $posted } خانة محددة
    }، وهو عدد يتجاوز عدد الخانات الموجودة فيه. لم يُحفظ أي شيء في هذه الصفحة: أعد تحميل الصفحة ثم احفظ مرة أخرى.
section-recent = أجرى تغييرات في هذه الصفحة خلال اليومين الماضيين:
section-recent_item = { $who } في { $when }
section-save_continue = حفظ ومتابعة
section-save = حفظ المسودة
section-back_home = العودة إلى الأقسام
section-saved = حُفظت إجاباتك.
section-saved_with_problems = حُفظت إجاباتك. ويلزم تصحيح بعضها قبل أن تتمكن من التقديم: انظر القائمة أعلاه.
section-notes = ملاحظات
section-footnote_ref = الملاحظة { $id }
section-unsaved_hint = تُحفظ إجاباتك عند اختيار «حفظ المسودة» أو «حفظ ومتابعة».
section-autosaving = جارٍ الحفظ…
section-autosaved = حُفظ في { $time }
section-autosave_failed = لم يُحفظ بعد: فشل الاتصال. وما تكتبه محفوظ في هذه الصفحة وفي هذا المتصفح، وسيُرسل فور عودة الاتصال.
section-autosave_conflict = حفظ { $who } إجابة أخرى عن هذا السؤال في { $at }: «{ $theirs }». وإجابتك لا تزال هنا: اختر «حفظ المسودة» لعرض الإجابتين والاختيار بينهما.
section-autosave_conflict_status = لم يُحفظ: غيّر شخص آخر إحدى الإجابات في هذه الصفحة في هذه الأثناء. انظر الرسالة المعروضة بجانبها.
section-kept_offer = احتفظ هذا المتصفح بتغييرات على هذه الصفحة تعود إلى { $at } ولم تصل إلى الخادم.
section-kept_restore = استعادتها وحفظها
section-kept_discard = تجاهلها
section-not_asked = لا تُجب عن هذا السؤال إلا إذا كانت إجابتك عن { $question } هي «{ $value }».
section-unsent = لم تكن إجابتك عن { $question } هي «{ $value }»، ولذلك لن تُرسل هذه الإجابة: غيّر تلك الإجابة، أو امسح هذه الإجابة.
section-page_of = الصفحة { $n } من { $total }
section-previous = السابق

## field

field-yes = نعم
field-no = لا
field-add_url = إضافة عنوان URL آخر
field-add_for = إلى { $what }
field-date_day = اليوم
field-date_month = الشهر
field-date_year = السنة
field-date_hint = مثال: 31 3 2020 (يجوز كتابة الشهر بالحروف).
field-add_row = إضافة عنصر آخر
field-remove = حذف
field-remove_row = حذف { $what } { $n }
field-url = عنوان URL { $n }
field-url_word = عنوان URL
field-row = البند { $n }
field-none = لا يوجد: ليست هناك بوابة من هذا النوع
field-other_text = يُرجى التحديد
field-percent = النسبة المئوية
field-percent_number = النسبة المئوية (رقم)
field-percent_suffix = %
field-percent_hint = رقم من 0 إلى 100؛ ويُسمح بالكسور العشرية، مثل 42.5
field-number_hint = رقم مكتوب بالأرقام، مثل 5000 أو 12.5.
field-number_whole_hint = عدد صحيح مكتوب بالأرقام، مثل 5000.
field-number_range = من { $min } إلى { $max }.
field-number_min = { $min } على الأقل.
field-number_max = { $max } على الأكثر.
field-number_unit = الوحدة: { $unit }.
field-not_available = غير متوفر
field-reason = ما سبب عدم توفره؟
field-note = المصدر والسنة (اختياري)
field-word_limit =
    { $limit ->
        [zero] يجب ألا تتجاوز الإجابة { $limit } كلمة.
        [one] يجب ألا تتجاوز الإجابة كلمة واحدة.
        [two] يجب ألا تتجاوز الإجابة كلمتين.
        [few] يجب ألا تتجاوز الإجابة { $limit } كلمات.
        [many] يجب ألا تتجاوز الإجابة { $limit } كلمةً.
       *[other] يجب ألا تتجاوز الإجابة { $limit } كلمة.
    }
field-word_count =
    { $limit ->
        [zero] { $count } من أصل { $limit } كلمة
        [one] { $count } من أصل كلمة واحدة
        [two] { $count } من أصل كلمتين
        [few] { $count } من أصل { $limit } كلمات
        [many] { $count } من أصل { $limit } كلمةً
       *[other] { $count } من أصل { $limit } كلمة
    }
field-words_over =
    { $over ->
        [zero] تجاوزت الحد بـ{ $over } كلمة
        [one] تجاوزت الحد بكلمة واحدة
        [two] تجاوزت الحد بكلمتين
        [few] تجاوزت الحد بـ{ $over } كلمات
        [many] تجاوزت الحد بـ{ $over } كلمةً
       *[other] تجاوزت الحد بـ{ $over } كلمة
    }
field-not_answered = بلا إجابة
field-none_answer = لا شيء
field-unticked = غير محدد

## errors

errors-unknown_language = «{ $code }» ليست لغة من لغات هذه الخدمة. اللغات المتاحة: { $codes }.
errors-summary_title = توجد مشكلة
errors-error_prefix = خطأ:
errors-conflict_title = غيّر شخص آخر هذه الإجابة أثناء تعديلك لها
errors-conflict_body = حفظها { $who } في { $time }. وإجابتك معروضة أدناه ولم تُحفظ. للإبقاء على إجابتك، اختر الحفظ مرة أخرى؛ وللإبقاء على إجابة الشخص الآخر، عدّل إجابتك لتطابقها.
errors-conflict_theirs = إجابة الشخص الآخر:
errors-conflict_cleared = مسح الشخص الآخر هذه الإجابة.
errors-not_found_title = الصفحة غير موجودة
errors-not_found_body = إذا كنت قد كتبت عنوان الويب بنفسك، فتحقق من صحته.
errors-unknown_country = «{ $code }» ليس رمزًا لدولة عضو في الأمم المتحدة.
errors-unknown_edition = لا يوجد إصدار من الاستبيان باسم «{ $edition }».
errors-unknown_page = لا يتضمن هذا الاستبيان قسمًا باسم «{ $page }».
errors-bad_request_title = يوجد خطأ في الطلب
errors-server_title = عذرًا، توجد مشكلة في الخدمة
errors-server_body = إجاباتك التي حُفظت في أمان. حاول مرة أخرى لاحقًا.
errors-corrupt_body = تعذّرت قراءة بيانات مخزنة، ولذلك لا تُعرض هذه الصفحة تجنبًا لعرضها بشكل خاطئ: { $what }. لم يتغير أي شيء. أبلغ إدارة الشؤون الاقتصادية والاجتماعية بذلك (المشكلة مسجلة في سجل الخادم).
errors-back = العودة إلى البداية
errors-conflict_page_title = لا يمكن تنفيذ هذا الإجراء الآن
errors-question_ref = السؤال { $n }
errors-sign_in_title = سجّل الدخول للمتابعة
errors-sign_in_body = هذه الصفحة مخصصة للمستخدمين الذين سجّلوا الدخول. سجّل الدخول باستخدام عنوان بريدك الإلكتروني وكلمة المرور.
errors-forbidden_title = لا يمكنك فتح هذه الصفحة
errors-forbidden_body = لا يتيح حسابك الوصول إلى هذه الصفحة. وإذا كنت ترى أنه ينبغي أن يتيحه، فاطلب ذلك من إدارة الشؤون الاقتصادية والاجتماعية.
errors-too_many_title = محاولات كثيرة جدًا
errors-busy_title = الخدمة مشغولة
errors-busy_body = يسجّل كثير من الأشخاص الدخول في هذه اللحظة. انتظر بضع ثوانٍ، ثم أرسل النموذج مرة أخرى؛ ولن تفقد أي شيء كتبته في مكان آخر.
errors-cross_site_title = ورد هذا النموذج من موقع آخر
errors-cross_site_body = حرصًا على أمانك، لا تُقبل النماذج إلا من صفحات هذا الموقع نفسه. عُد إلى الصفحة، وأعد تحميلها، ثم أرسل النموذج مرة أخرى.
errors-body_too_large = هذه الصفحة أكبر من أن تُحفظ (يتجاوز حجمها 2 ميغابايت). لم يُحفظ أي شيء فيها: عُد إلى الصفحة، واختصر أطول الإجابات أو احذف بعض الصفوف، ثم احفظ مرة أخرى.
errors-body_incomplete = لم تصل الصفحة كاملة (ربما انقطع الاتصال). لم يُحفظ أي شيء فيها: عُد إلى الصفحة واحفظ مرة أخرى.
errors-query_unreadable = يتضمن عنوان الويب هذا جزءًا لا تستطيع الصفحة قراءته. تحقق من العنوان، أو عُد إلى الصفحة واستخدم الروابط والأزرار الموجودة فيها.
errors-form_unreadable = تعذّرت قراءة النموذج. عُد إلى الصفحة، وأعد تحميلها، ثم أرسل النموذج مرة أخرى؛ وإذا تكرر ذلك، فأبلغ إدارة الشؤون الاقتصادية والاجتماعية.

## validation

validation-required = أجب عن هذا السؤال
validation-required_part = أدخل { $part }
validation-invalid_url = أدخل عنوان ويب كاملًا يبدأ بـ https:// أو http://، مثل https://www.example.gov
validation-invalid_email = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.gov
validation-invalid_phone = أدخل رقم هاتف بالصيغة الدولية، يبدأ بعلامة + يليها رمز البلد، مثل +41 22 917 1234
validation-invalid_date = أدخل تاريخًا صحيحًا: اليوم والشهر والسنة بأربعة أرقام، مثل 31 3 2020
validation-not_a_number = أدخل النسبة المئوية كرقم، مثل 42.5
validation-percent_range = أدخل نسبة مئوية من 0 إلى 100
validation-invalid_number = أدخل رقمًا مكتوبًا بالأرقام، مثل 5000 أو 12.5 (من دون كلمات مثل «حوالي»)
validation-not_whole_number = أدخل عددًا صحيحًا، مثل 5000
validation-number_below = أدخل رقمًا لا يقل عن { $min }
validation-number_above = أدخل رقمًا لا يزيد على { $max }
validation-too_many_words =
    { $over ->
        [zero] تجاوزت الحد بـ{ $over } كلمة
        [one] تجاوزت الحد بكلمة واحدة
        [two] تجاوزت الحد بكلمتين
        [few] تجاوزت الحد بـ{ $over } كلمات
        [many] تجاوزت الحد بـ{ $over } كلمةً
       *[other] تجاوزت الحد بـ{ $over } كلمة
    }
validation-reason_required = اذكر سبب عدم توفر هذا الرقم
validation-name_required = أدخل الاسم المقترن بعنوان الويب هذا
validation-other_required = حدّد المقصود بـ«أخرى»
validation-unknown_value = «{ $value }» ليس من الخيارات المتاحة
validation-carried_unconfirmed = أكّد الإجابة المنقولة من { $edition } أو غيّرها

## carry

carry-tag_unconfirmed = من { $edition }: أكّدها أو غيّرها
carry-tag_confirmed = من { $edition }، وأُكّدت دون تغيير
carry-tag_changed = غُيّرت منذ { $edition }
carry-reworded = تغيّر السؤال منذ { $edition }: تحقق من أن الإجابة لا تزال مناسبة له.
carry-confirm = تأكيد هذه الإجابة
carry-confirm_hidden = المنقولة من { $edition }، عن { $what }
carry-confirm_page = تأكيد جميع الإجابات المنقولة من { $edition } في هذه الصفحة
carry-page_lead =
    { $count ->
        [zero] نُقلت { $count } إجابة في هذه الصفحة من { $edition }. أكّد كل إجابة لا تزال صحيحة، أو غيّرها؛ ولا يمكنك التقديم قبل تأكيد كل منها أو تغييرها.
        [one] نُقلت إجابة واحدة في هذه الصفحة من { $edition }. أكّدها إن كانت لا تزال صحيحة، أو غيّرها؛ ولا يمكنك التقديم قبل تأكيدها أو تغييرها.
        [two] نُقلت إجابتان في هذه الصفحة من { $edition }. أكّد كل إجابة منهما لا تزال صحيحة، أو غيّرها؛ ولا يمكنك التقديم قبل تأكيد كل منهما أو تغييرها.
        [few] نُقلت { $count } إجابات في هذه الصفحة من { $edition }. أكّد كل إجابة منها لا تزال صحيحة، أو غيّرها؛ ولا يمكنك التقديم قبل تأكيد كل منها أو تغييرها.
        [many] نُقلت { $count } إجابةً في هذه الصفحة من { $edition }. أكّد كل إجابة منها لا تزال صحيحة، أو غيّرها؛ ولا يمكنك التقديم قبل تأكيد كل منها أو تغييرها.
       *[other] نُقلت { $count } إجابة في هذه الصفحة من { $edition }. أكّد كل إجابة منها لا تزال صحيحة، أو غيّرها؛ ولا يمكنك التقديم قبل تأكيد كل منها أو تغييرها.
    }
carry-confirmed = تم التأكيد: تبقى الإجابات كما كانت في { $edition }.
carry-offer_title = ابدأ من إجاباتك في { $edition }
carry-offer_lead =
    { $count ->
        [zero] يجيب ردّك في { $edition } (النسخة { $version }، المقدَّمة في { $at }) عن { $count } سؤال مطروح مرة أخرى. انسخ تلك الإجابات إلى هذا الاستبيان، ثم أكّد كلًّا منها أو غيّرها قبل التقديم. ويُحتفظ بالإجابات التي سبق أن كتبتها هنا. ولا يُنسخ تاريخ الرد ولا الإذن بالنشر: أدخلهما من جديد.
        [one] يجيب ردّك في { $edition } (النسخة { $version }، المقدَّمة في { $at }) عن سؤال واحد مطروح مرة أخرى. انسخ تلك الإجابة إلى هذا الاستبيان، ثم أكّدها أو غيّرها قبل التقديم. ويُحتفظ بالإجابات التي سبق أن كتبتها هنا. ولا يُنسخ تاريخ الرد ولا الإذن بالنشر: أدخلهما من جديد.
        [two] يجيب ردّك في { $edition } (النسخة { $version }، المقدَّمة في { $at }) عن سؤالين مطروحين مرة أخرى. انسخ هاتين الإجابتين إلى هذا الاستبيان، ثم أكّد كلًّا منهما أو غيّرها قبل التقديم. ويُحتفظ بالإجابات التي سبق أن كتبتها هنا. ولا يُنسخ تاريخ الرد ولا الإذن بالنشر: أدخلهما من جديد.
        [few] يجيب ردّك في { $edition } (النسخة { $version }، المقدَّمة في { $at }) عن { $count } أسئلة مطروحة مرة أخرى. انسخ تلك الإجابات إلى هذا الاستبيان، ثم أكّد كلًّا منها أو غيّرها قبل التقديم. ويُحتفظ بالإجابات التي سبق أن كتبتها هنا. ولا يُنسخ تاريخ الرد ولا الإذن بالنشر: أدخلهما من جديد.
        [many] يجيب ردّك في { $edition } (النسخة { $version }، المقدَّمة في { $at }) عن { $count } سؤالًا مطروحًا مرة أخرى. انسخ تلك الإجابات إلى هذا الاستبيان، ثم أكّد كلًّا منها أو غيّرها قبل التقديم. ويُحتفظ بالإجابات التي سبق أن كتبتها هنا. ولا يُنسخ تاريخ الرد ولا الإذن بالنشر: أدخلهما من جديد.
       *[other] يجيب ردّك في { $edition } (النسخة { $version }، المقدَّمة في { $at }) عن { $count } سؤال مطروح مرة أخرى. انسخ تلك الإجابات إلى هذا الاستبيان، ثم أكّد كلًّا منها أو غيّرها قبل التقديم. ويُحتفظ بالإجابات التي سبق أن كتبتها هنا. ولا يُنسخ تاريخ الرد ولا الإذن بالنشر: أدخلهما من جديد.
    }
carry-offer_button = نسخ إجاباتي من { $edition }
carry-done =
    { $count ->
        [zero] نُسخت { $count } إجابة من { $edition }. وكل منها موسومة بعبارة «من { $edition }: أكّدها أو غيّرها».
        [one] نُسخت إجابة واحدة من { $edition }. وهي موسومة بعبارة «من { $edition }: أكّدها أو غيّرها».
        [two] نُسخت إجابتان من { $edition }. وكل منهما موسومة بعبارة «من { $edition }: أكّدها أو غيّرها».
        [few] نُسخت { $count } إجابات من { $edition }. وكل منها موسومة بعبارة «من { $edition }: أكّدها أو غيّرها».
        [many] نُسخت { $count } إجابةً من { $edition }. وكل منها موسومة بعبارة «من { $edition }: أكّدها أو غيّرها».
       *[other] نُسخت { $count } إجابة من { $edition }. وكل منها موسومة بعبارة «من { $edition }: أكّدها أو غيّرها».
    }
carry-done_dropped =
    { $count ->
        [zero] لم تُنسخ { $count } إجابة من إجابات { $edition }: فتاريخ الرد والإذن بالنشر يُقدَّمان من جديد في كل إصدار، والإجابة عن سؤال لم يعد مطروحًا (أو لم تعد مناسبة له) تبقى في { $edition }.
        [one] لم تُنسخ إجابة واحدة من إجابات { $edition }: فتاريخ الرد والإذن بالنشر يُقدَّمان من جديد في كل إصدار، والإجابة عن سؤال لم يعد مطروحًا (أو لم تعد مناسبة له) تبقى في { $edition }.
        [two] لم تُنسخ إجابتان من إجابات { $edition }: فتاريخ الرد والإذن بالنشر يُقدَّمان من جديد في كل إصدار، والإجابة عن سؤال لم يعد مطروحًا (أو لم تعد مناسبة له) تبقى في { $edition }.
        [few] لم تُنسخ { $count } إجابات من إجابات { $edition }: فتاريخ الرد والإذن بالنشر يُقدَّمان من جديد في كل إصدار، والإجابة عن سؤال لم يعد مطروحًا (أو لم تعد مناسبة له) تبقى في { $edition }.
        [many] لم تُنسخ { $count } إجابةً من إجابات { $edition }: فتاريخ الرد والإذن بالنشر يُقدَّمان من جديد في كل إصدار، والإجابة عن سؤال لم يعد مطروحًا (أو لم تعد مناسبة له) تبقى في { $edition }.
       *[other] لم تُنسخ { $count } إجابة من إجابات { $edition }: فتاريخ الرد والإذن بالنشر يُقدَّمان من جديد في كل إصدار، والإجابة عن سؤال لم يعد مطروحًا (أو لم تعد مناسبة له) تبقى في { $edition }.
    }
carry-done_kept =
    { $count ->
        [zero] بقيت إجاباتك عن { $count } سؤال سبق أن أجبت عنها كما كتبتها.
        [one] بقيت إجابتك عن سؤال واحد سبق أن أجبت عنه كما كتبتها.
        [two] بقيت إجابتاك عن سؤالين سبق أن أجبت عنهما كما كتبتهما.
        [few] بقيت إجاباتك عن { $count } أسئلة سبق أن أجبت عنها كما كتبتها.
        [many] بقيت إجاباتك عن { $count } سؤالًا سبق أن أجبت عنها كما كتبتها.
       *[other] بقيت إجاباتك عن { $count } سؤال سبق أن أجبت عنها كما كتبتها.
    }
carry-to_confirm =
    { $count ->
        [zero] لا تزال { $count } إجابة منقولة من { $edition } بحاجة إلى تأكيد أو تغيير.
        [one] لا تزال إجابة واحدة منقولة من { $edition } بحاجة إلى تأكيد أو تغيير.
        [two] لا تزال إجابتان منقولتان من { $edition } بحاجة إلى تأكيد أو تغيير.
        [few] لا تزال { $count } إجابات منقولة من { $edition } بحاجة إلى تأكيد أو تغيير.
        [many] لا تزال { $count } إجابةً منقولة من { $edition } بحاجة إلى تأكيد أو تغيير.
       *[other] لا تزال { $count } إجابة منقولة من { $edition } بحاجة إلى تأكيد أو تغيير.
    }
carry-nothing = لا يوجد رد مقدَّم من { $country } على الإصدار السابق يمكن البدء منه.
carry-already = سبق نسخ إجابات { $edition } إلى هذا الاستبيان.
carry-locked = الرد { $status }: لم يُنسخ أي شيء.
carry-column_note = carried: يبيّن ما إذا كانت الإجابة قد نُقلت من الإصدار السابق ثم أُكّدت دون تغيير أو غُيّرت (فارغ: أُجيب عن السؤال في هذا الإصدار).

## check

check-unsent_title = إجابات لن تُرسل ({ $count })
check-to_confirm =
    { $count ->
        [zero] لا تزال { $count } إجابة منقولة من الإصدار السابق بحاجة إلى تأكيد أو تغيير.
        [one] لا تزال إجابة واحدة منقولة من الإصدار السابق بحاجة إلى تأكيد أو تغيير.
        [two] لا تزال إجابتان منقولتان من الإصدار السابق بحاجة إلى تأكيد أو تغيير.
        [few] لا تزال { $count } إجابات منقولة من الإصدار السابق بحاجة إلى تأكيد أو تغيير.
        [many] لا تزال { $count } إجابةً منقولة من الإصدار السابق بحاجة إلى تأكيد أو تغيير.
       *[other] لا تزال { $count } إجابة منقولة من الإصدار السابق بحاجة إلى تأكيد أو تغيير.
    }
check-title = راجع إجاباتك
check-lead = راجع كل إجابة قبل التقديم. اختر «تغيير» لتعديل أي إجابة.
check-change = تغيير
check-change_hidden = الإجابة عن { $what }
check-problems =
    { $count ->
        [zero] { $count } إجابة بحاجة إلى تصحيح.
        [one] إجابة واحدة بحاجة إلى تصحيح.
        [two] إجابتان بحاجة إلى تصحيح.
        [few] { $count } إجابات بحاجة إلى تصحيح.
        [many] { $count } إجابةً بحاجة إلى تصحيح.
       *[other] { $count } إجابة بحاجة إلى تصحيح.
    }
check-missing =
    { $count ->
        [zero] { $count } إجابة مطلوبة لم تُقدَّم بعد.
        [one] إجابة واحدة مطلوبة لم تُقدَّم بعد.
        [two] إجابتان مطلوبتان لم تُقدَّما بعد.
        [few] { $count } إجابات مطلوبة لم تُقدَّم بعد.
        [many] { $count } إجابةً مطلوبة لم تُقدَّم بعد.
       *[other] { $count } إجابة مطلوبة لم تُقدَّم بعد.
    }
check-ready = قُدّمت جميع الإجابات المطلوبة.
check-cannot_submit = لا يمكنك التقديم بعد
check-submit_title = قدِّم ردّك
check-submit_lead = يؤدي التقديم إلى تثبيت هذه الإجابات في نسخة مرقّمة تتسلمها إدارة الشؤون الاقتصادية والاجتماعية. ثم يُقفل الرد: فلا يمكن لأحد تغييره أثناء مراجعة الإدارة له. وإذا أعادته الإدارة للتنقيح، فإنك تغيّر الإجابات وتقدّم الرد مرة أخرى، كنسخة جديدة.
check-locked_submitted = قُدّمت هذه الإجابات وهي لدى إدارة الشؤون الاقتصادية والاجتماعية للمراجعة، ولذلك لا يمكن تغييرها هنا (لا توجد روابط «تغيير»). وإذا أعادت الإدارة الرد للتنقيح، يمكنك تغييرها مرة أخرى.
check-locked_accepted = قبلت إدارة الشؤون الاقتصادية والاجتماعية هذا الرد، ولذلك لا يمكن تغيير إجاباته (لا توجد روابط «تغيير»).
check-locked_closed = أُغلق استبيان { $edition }، ولذلك لا يمكن تغيير إجاباته (لا توجد روابط «تغيير»).
check-read_only = يمكنك قراءة هذه الإجابات؛ ولا يغيّرها إلا المجيبون عن الدولة العضو.
check-submit = تقديم الرد

## import

import-unknown_field = معرّف سؤال غير معروف «{ $id }»
import-bad_shape = { $id }: { $message }

## version

version-undescribed_title = إجابات مخزنة لا يصفها هذا الإصدار
version-undescribed_body = هذه الإجابات مخزنة مع هذه النسخة، لكن أسئلة الإصدار لم تعد تصفها (إذ حُذف سؤال أو غُيّر منذ ذلك الحين). وهي تُعرض وتُصدَّر تمامًا كما خُزّنت.
version-title = النسخة { $version }
version-submitted_title = قُدّم الرد
version-submitted_body = قُدّمت النسخة { $version } من رد { $country }.
version-edition = الإصدار
version-member_state = الدولة العضو
version-version = النسخة
version-submitted_at = وقت التقديم
version-submitted_by = قدّمه
version-sha256 = بصمة SHA-256 للإجابات
version-download_json = تنزيل إجابات هذه النسخة (JSON)
version-versions = النسخ المقدَّمة
version-draft_after = لم تُقدَّم بعد التغييرات التي أُجريت بعد النسخة { $version }.
version-latest = النسخة { $version }، المقدَّمة في { $at }
version-unknown = لا توجد نسخة { $version } من هذا الرد.
version-unchanged = لم يتغير شيء منذ النسخة { $version }: فهي قائمة كما قُدّمت.
version-concurrent = قدّم شخص آخر هذا الرد في اللحظة نفسها. تحقق من أحدث نسخة، ثم أعد التقديم إذا لزم الأمر.

## pdf

pdf-header = { $country } · استبيان الدول الأعضاء، الإصدار { $edition } · النسخة { $version }
pdf-page_of = الصفحة { $page } من { $pages }
pdf-unanswered = بلا إجابة
pdf-not_asked = غير مطروح (بناءً على إجابة أخرى)
pdf-not_submitted = لم يُقدَّم (مسودة)
pdf-draft = مسودة، لم تُقدَّم
pdf-signature_title = التوقيع الإلكتروني
pdf-signed_by = الموقِّع
pdf-signed_at = وقت التوقيع
pdf-download = تنزيل ملف PDF الموقَّع

## verify

verify-checked =
    { $bytes ->
        [zero] تم الفحص: { $name } ({ $bytes } بايت).
        [one] تم الفحص: { $name } (بايت واحد).
        [two] تم الفحص: { $name } (بايتان).
        [few] تم الفحص: { $name } ({ $bytes } بايتات).
        [many] تم الفحص: { $name } ({ $bytes } بايتًا).
       *[other] تم الفحص: { $name } ({ $bytes } بايت).
    }
verify-unnamed = ملف بلا اسم
verify-file_sha256 = بصمة SHA-256 للملف:
verify-title = التحقق من ملف PDF لرد مقدَّم
verify-lead = حمّل ملف PDF لرد مقدَّم على استبيان الدول الأعضاء لمعرفة ما إذا كان أصليًا وغير معدَّل، وأي رد مقدَّم هو. يُفحص الملف ثم يُتخلَّص منه.
verify-label = ملف PDF
verify-hint = ملف PDF الموقَّع الذي نُزّل من هذا النظام، بحجم لا يتجاوز 20 ميغابايت.
verify-button = التحقق من ملف PDF
verify-time_stamp = يحمل ختمًا زمنيًا
verify-authentic_title = أصلي وغير معدَّل
verify-authentic_body = هذا هو ملف PDF الموقَّع للنسخة { $version } من رد { $country }، تمامًا كما أصدره هذا النظام.
verify-not_archived_title = موقَّع من هذا النظام، لكنه ليس ردًا مقدَّمًا صادرًا عنه
verify-not_archived_body = توقيع { $signer } صالح ولم يُغيَّر الملف منذ توقيعه، لكنه ليس من ملفات PDF للردود المقدَّمة التي أصدرها هذا النظام (مثل ملف PDF أُنشئ من ملف رد باستخدام سطر الأوامر).
verify-other_signer_title = غير موقَّع من هذا النظام
verify-other_signer_body = يحمل الملف توقيعًا صالحًا صادرًا عن { $signer }، لكن هذه ليست شهادة هذا النظام.
verify-invalid_title = ليس ردًا مقدَّمًا أصليًا
verify-no_file = اختر ملف PDF للتحقق منه.
verify-too_large = يتجاوز حجم الملف 20 ميغابايت: فهو ليس ملف PDF لرد مقدَّم.
verify-unreadable_upload = تعذّرت قراءة الملف المحمَّل. اختر ملف PDF مرة أخرى وأعد إرساله.

## account

account-forgot = هل نسيت كلمة المرور؟
account-reset_title = اختر كلمة مرور جديدة
account-reset_lead =
    اكتب عنوان البريد الإلكتروني المرتبط بحسابك. وسنرسل إليك رابطًا (صالحًا لمرة واحدة، لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }) تختار من خلاله كلمة مرور جديدة.
account-reset_button = إرسال الرابط
account-reset_sent = إذا كان هناك حساب مرتبط بهذا العنوان، فإن رابطًا لاختيار كلمة مرور جديدة في طريقه إليه. تحقق من بريدك الإلكتروني.
account-reset_subject = اختيار كلمة مرور جديدة لاستبيان الدول الأعضاء
account-reset_body =
    طلب أحدهم (ونأمل أن تكون أنت) اختيار كلمة مرور جديدة لحسابك في استبيان الدول الأعضاء الخاص بدراسة الأمم المتحدة الاستقصائية للحكومة الإلكترونية.
    {""}
    اختر كلمة المرور من هنا (يعمل الرابط مرة واحدة، لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }):
    { $link }
    {""}
    إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.
account-invitation_subject = دعوة إلى المشاركة في استبيان الدول الأعضاء
account-invitation_body =
    مرحبًا { $name }،
    {""}
    دعاك { $by } إلى المشاركة في استبيان الدول الأعضاء الخاص بدراسة الأمم المتحدة الاستقصائية للحكومة الإلكترونية بصفة { $role }{ $country }.
    {""}
    اختر كلمة المرور من هنا (يعمل الرابط مرة واحدة، لمدة 14 يومًا):
    { $link }
    {""}
account-sign_in_title = تسجيل الدخول
account-sign_in_lead = سجّل الدخول باستخدام عنوان البريد الإلكتروني الذي أُرسلت إليه دعوتك.
account-email = عنوان البريد الإلكتروني
account-password = كلمة المرور
account-sign_in_button = تسجيل الدخول
account-sign_in_failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
account-rate_limited_account = محاولات تسجيل دخول فاشلة كثيرة جدًا لهذا الحساب. انتظر 15 دقيقة ثم حاول مرة أخرى، أو اطلب إعادة تعيين كلمة المرور.
account-rate_limited_address = محاولات تسجيل دخول فاشلة كثيرة جدًا من شبكتك. انتظر 15 دقيقة ثم حاول مرة أخرى.
account-rate_limited_reset = طلبات كثيرة جدًا لإعادة تعيين كلمة المرور من شبكتك. انتظر 15 دقيقة ثم حاول مرة أخرى.
account-bad_email = اكتب عنوان بريدك الإلكتروني كما يظهر في دعوتك، مثل name@ministry.gov.
account-sign_out = تسجيل الخروج
account-signed_out = تم تسجيل خروجك.
account-link_title = اختر كلمة المرور
account-link_lead =
    حسابك: { $email }. اختر كلمة مرور لا يقل طولها عن { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    }؛ فالعبارة الطويلة أسهل في التذكر وأصعب في التخمين.
account-new_password = كلمة المرور الجديدة
account-confirm_password = كلمة المرور نفسها مرة أخرى
account-save_password = حفظ كلمة المرور وتسجيل الدخول
account-link_invalid_title = لا يمكن استخدام هذا الرابط
account-link_invalid_body =
    الرابط غير معروف، أو سبق استخدامه أو استُبدل به رابط أحدث، أو انتهت صلاحيته (تبقى الدعوات صالحة لمدة 14 يومًا، وروابط إعادة تعيين كلمة المرور لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    }). اطلب رابطًا جديدًا من إدارة الشؤون الاقتصادية والاجتماعية أو من مدير النظام لديك، أو اطلب إعادة تعيين كلمة المرور من جديد.
account-password_too_short =
    { $min ->
        [zero] استخدم { $min } حرف على الأقل.
        [one] استخدم حرفًا واحدًا على الأقل.
        [two] استخدم حرفين على الأقل.
        [few] استخدم { $min } أحرف على الأقل.
        [many] استخدم { $min } حرفًا على الأقل.
       *[other] استخدم { $min } حرف على الأقل.
    }
account-password_too_long =
    { $max ->
        [zero] استخدم { $max } حرف على الأكثر.
        [one] استخدم حرفًا واحدًا على الأكثر.
        [two] استخدم حرفين على الأكثر.
        [few] استخدم { $max } أحرف على الأكثر.
        [many] استخدم { $max } حرفًا على الأكثر.
       *[other] استخدم { $max } حرف على الأكثر.
    }
account-password_mismatch = كلمتا المرور غير متطابقتين.

## audit

audit-staff_title = سجل التدقيق لحسابات إدارة الشؤون الاقتصادية والاجتماعية
audit-staff_lead = عمليات تسجيل الدخول والدعوات والتغييرات في الحسابات غير المرتبطة بدولة عضو، الأحدث أولًا (تعرض هذه الصفحة { $shown } من أصل { $total }؛ ويتضمن ملف CSV جميع الإدخالات). ولكل دولة عضو سجلها في صفحتها الخاصة.
audit-account_disabled = تعطيل الحساب
audit-account_enabled = تفعيل الحساب
audit-invitation = إرسال دعوة
audit-invitation_resent = إعادة إرسال الدعوة
audit-role_changed = تغيير الدور
audit-two_factor_reset = إعادة تعيين العامل الثاني من قِبل مدير النظام
audit-two_factor_reenrolled = إعادة إعداد العامل الثاني
audit-recovery_codes_renewed = إنشاء رموز استرداد جديدة
audit-api_token_renewed = تجديد رمز API المميز
audit-two_factor_on = تفعيل تسجيل الدخول بعاملين
audit-reset_requested = طلب إعادة تعيين كلمة المرور
audit-reset_refused = رفض طلبات إعادة تعيين كلمة المرور (لكثرتها)
audit-newer = الإدخالات الأحدث
audit-older = الإدخالات الأقدم
audit-pages = صفحات سجل التدقيق
audit-bad_page = يجب أن يكون رقم الصفحة عددًا صحيحًا يبدأ من 1.
audit-title = سجل التدقيق
audit-lead = كل تغيير في الإجابات وكل تسجيل دخول وتقديم وتنزيل يخص هذه الدولة العضو، الأحدث أولًا (تعرض هذه الصفحة { $shown } من أصل { $total }؛ ويتضمن ملف CSV جميع الإدخالات).
audit-download = تنزيل سجل التدقيق (CSV)
audit-caption = سجل التدقيق، الأحدث أولًا
audit-at = الوقت (UTC)
audit-who = المستخدم
audit-what = الإجراء
audit-question = السؤال
audit-old = القيمة السابقة
audit-new = القيمة الجديدة
audit-detail = التفاصيل
audit-answer_changed = تغيير إجابة
audit-sign_in = تسجيل الدخول
audit-sign_in_failed = فشل تسجيل الدخول
audit-sign_out = تسجيل الخروج
audit-password_set = تعيين كلمة المرور
audit-account_created = إنشاء الحساب
audit-submission = التقديم
audit-download_event = التنزيل
audit-reviewer_assigned = إسناد مراجع
audit-reviewer_unassigned = إلغاء إسناد مراجع
audit-query_raised = طرح استفسار
audit-query_reply = الرد على استفسار
audit-query_resolved = حل استفسار
audit-returned = الإعادة للتنقيح
audit-accepted = القبول
audit-reopened = إعادة الفتح بعد القبول
audit-export = تصدير البيانات
audit-api_token_created = إنشاء رمز API مميز
audit-api_token_revoked = إلغاء رمز API مميز
audit-edition_opened = فتح الإصدار
audit-edition_closed = إغلاق الإصدار
audit-edition_drafted = إعادة الإصدار إلى حالة المسودة

## two_factor

two_factor-required_title = أعِدّ تسجيل الدخول بعاملين أولًا
two_factor-required_body = يجري تسجيل الدخول إلى حسابات إدارة الشؤون الاقتصادية والاجتماعية بكلمة مرور وبرمز من تطبيق مصادقة. أعِدّ ذلك الآن للمتابعة.
two_factor-setup_title = إعداد تسجيل الدخول بعاملين
two_factor-setup_lead = بعد إدخال كلمة المرور، ستكتب أيضًا رمزًا مكوّنًا من ستة أرقام من تطبيق مصادقة على هاتفك (مثل FreeOTP أو Google Authenticator أو Microsoft Authenticator).
two_factor-step_app = افتح تطبيق المصادقة واختر إضافة حساب.
two_factor-step_secret = امسح رمز QR هذا ضوئيًا بالتطبيق، أو أدخل المفتاح (لا أهمية للمسافات)، أو افتح الرابط على الهاتف:
two_factor-qr_label = رمز QR لمفتاحك، لاستخدامه في تطبيق المصادقة
two_factor-open_app = فتح في تطبيق المصادقة
two_factor-step_code = اكتب الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن.
two_factor-code = الرمز المكوّن من ستة أرقام
two_factor-code_hint = من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
two_factor-turn_on = تفعيل تسجيل الدخول بعاملين
two_factor-wrong_code = الرمز غير صحيح. اكتب الرمز الذي يعرضه التطبيق الآن (تتغير الرموز كل 30 ثانية).
two_factor-on_title = تسجيل الدخول بعاملين مفعّل
two_factor-on_body = تسجّل الدخول بكلمة المرور وبرمز من تطبيق المصادقة.
two_factor-recovery_title = رموز الاسترداد الخاصة بك
two_factor-recovery_lead = إذا فقدت هاتفك، فإن كل رمز من هذه الرموز يتيح لك تسجيل الدخول مرة واحدة بدلًا من رمز التطبيق. احفظها في مكان آمن (اطبعها، أو خزّنها في برنامج لإدارة كلمات المرور): فهذه هي المرة الوحيدة التي تُعرض فيها.
two_factor-continue = متابعة
two_factor-code_title = أدخل الرمز
two_factor-code_lead = اكتب الرمز المكوّن من ستة أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
two_factor-expired = استغرق تسجيل الدخول وقتًا طويلًا جدًا. سجّل الدخول مرة أخرى بكلمة المرور.
two_factor-manage_title = حافظ على تحديث العامل الثاني
two_factor-codes_title = رموز استرداد جديدة
two_factor-codes_lead = هل استخدمت بعض رموز الاسترداد أو فقدتها؟ أنشئ عشرة رموز جديدة: وستتوقف الرموز السابقة عن العمل.
two_factor-codes_button = إنشاء رموز استرداد جديدة
two_factor-codes_done_title = رموز الاسترداد الجديدة الخاصة بك
two_factor-renew_title = هاتف جديد أو تطبيق مصادقة جديد
two_factor-renew_lead = أعِدّ تسجيل الدخول بعاملين من جديد على جهاز جديد: سيتوقف تطبيقك الحالي ورموز الاسترداد عن العمل، وستمسح مفتاحًا جديدًا على الفور.
two_factor-renew_button = إعداد تطبيق مصادقة جديد
two_factor-confirm_code = للتأكد من هويتك، اكتب رمزًا من تطبيق المصادقة الحالي أو أحد رموز الاسترداد الخاصة بك.

## admin

admin-editions_title = الإصدارات
admin-editions_lead = لا يطّلع على الإصدار الذي في حالة المسودة إلا إدارة الشؤون الاقتصادية والاجتماعية (افتح أيًا من صفحاته لمعاينته). والإصدار المفتوح هو الذي تجيب عنه البلدان، بين يومه الأول ويومه الأخير؛ أما الإصدار المغلق فيكون للقراءة فقط بالنسبة إليها، في حين تستمر المراجعات وعمليات التصدير وملفات PDF. ويُسجَّل كل تغيير في سجل التدقيق الخاص بالإدارة.
admin-editions_caption = إصدارات الاستبيان وحالتها
admin-edition = الإصدار
admin-edition_title = العنوان
admin-edition_from = يوم الفتح الأول
admin-edition_until = يوم الفتح الأخير
admin-edition_open = فتح { $edition }
admin-edition_close = إغلاق { $edition }
admin-edition_opened = الإصدار { $edition } مفتوح.
admin-edition_closed = الإصدار { $edition } مغلق.
admin-edition_bad_day = «{ $value }» ليس تاريخًا: استخدم أداة اختيار التاريخ، أو اكتبه بالشكل 2026-01-15.
admin-state_draft = مسودة
admin-preview = معاينة { $edition }
admin-preview_country = بصفة الدولة العضو (الرمز)
admin-sample_pdf = ملف PDF لرد بلا إجابات
admin-state_open = مفتوح
admin-state_closed = مغلق
admin-users_title = الحسابات
admin-users_lead = كل من يمكنه تسجيل الدخول. ولا يمكن للحساب المعطَّل تسجيل الدخول، وتنتهي جلساته فورًا.
admin-users_caption = الحسابات
admin-two_factor = تسجيل الدخول بعاملين
admin-status = الحالة
admin-action = الإجراء
admin-active = نشط
admin-disabled = معطَّل
admin-disable = تعطيل { $email }
admin-enable = تفعيل { $email }
admin-not_yourself = لا يمكنك تعطيل حسابك.
admin-role_of = دور { $email }
admin-of = للحساب { $email }
admin-change_role = تغيير الدور
admin-reset_two_factor = إعادة تعيين العامل الثاني
admin-role_changed = أصبح دور { $email } الآن: { $role }. ويسري ذلك على صفحاته المفتوحة عند النقرة التالية.
admin-role_same = لدى { $email } هذا الدور بالفعل.
admin-role_other_side = لا يمكن تحويل حساب دولة عضو إلى حساب لإدارة الشؤون الاقتصادية والاجتماعية، ولا العكس: ادعُ الشخص مرة أخرى بالدور الذي يحتاج إليه (تبقى إجاباته وسجله مع الحساب القديم).
admin-role_yourself = لا يمكنك تغيير دورك: اطلب ذلك من مدير نظام آخر.
admin-two_factor_reset_done = أُعيد تعيين العامل الثاني للحساب { $email }: وسيُعِدّ صاحبه عاملًا ثانيًا جديدًا عند تسجيل الدخول التالي (وقد انتهت جلساته).
admin-no_second_factor = ليس لدى { $email } عامل ثانٍ لإعادة تعيينه.
admin-audit_link = سجل التدقيق لحسابات إدارة الشؤون الاقتصادية والاجتماعية
admin-nav = الحسابات
admin-invite_title = دعوة شخص
admin-invite_lead = يتلقى الشخص رسالة بريد إلكتروني تتضمن رابطًا (صالحًا لمرة واحدة، لمدة 14 يومًا) يختار من خلاله كلمة المرور.
admin-name = الاسم
admin-role = الدور
admin-not_assigned = لا يمكنك دعوة أشخاص إلا للدول الأعضاء المسندة إليك ({ $assigned }). اطلب من مدير النظام دعوة أشخاص لدول أعضاء أخرى.
admin-none_assigned = لا توجد
admin-country = الدولة العضو
admin-country_hint = للمجيبين وجهات التنسيق.
admin-no_country = لا توجد (أدوار إدارة الشؤون الاقتصادية والاجتماعية)
admin-invite_button = إرسال الدعوة
admin-invited_title = أُرسلت الدعوة
admin-invited_body = أُرسلت دعوة إلى { $email }.
admin-role_respondent = مجيب (فريق الدولة العضو)
admin-role_focal_point = جهة تنسيق (تطّلع على رد الدولة العضو)
admin-role_reviewer = مراجع من إدارة الشؤون الاقتصادية والاجتماعية
admin-role_admin = مدير النظام
admin-outbox_title = صندوق الصادر
admin-outbox_lead = جميع رسائل البريد الإلكتروني التي أنشأها هذا النظام، الأحدث أولًا. وتُحذف هنا الروابط الصالحة لمرة واحدة (الدعوات وإعادة تعيين كلمات المرور): فهي لا توجد إلا في الرسالة التي تُسلَّم إلى الشخص (عبر خادم البريد، أو، في حال عدم وجوده، كملف في مجلد البريد على الخادم).
admin-mail_meta = إلى { $to }، { $at }

## cycle

cycle-not_started = لم يبدأ
cycle-in_progress = قيد الإنجاز
cycle-submitted = مقدَّم
cycle-returned = مُعاد للتنقيح
cycle-resubmitted = مقدَّم مجددًا
cycle-accepted = مقبول
cycle-status_draft = مسودة
cycle-status_submitted = مقدَّم للمراجعة
cycle-status_returned = مُعاد للتنقيح
cycle-status_accepted = مقبول
cycle-locked_submitted = قُدّم ردّك وهو لدى إدارة الشؤون الاقتصادية والاجتماعية للمراجعة. ويمكنك تغييره مرة أخرى إذا أُعيد إليك للتنقيح.
cycle-locked_accepted = قبلت إدارة الشؤون الاقتصادية والاجتماعية ردّك. ولم يعد من الممكن تغييره.
cycle-edition_closed = أُغلق استبيان { $edition }: ولم يعد من الممكن تغيير إجاباته.
cycle-edition_closed_banner = أُغلق استبيان { $edition }. ويمكنك قراءة إجاباتك ونسخ ردّك وملفات PDF، لكن لم يعد من الممكن تغييرها.
cycle-returned_banner = أعادت إدارة الشؤون الاقتصادية والاجتماعية ردّك للتنقيح. غيّر ما يلزم، وأجب عن الاستفسارات، ثم قدّم الرد مرة أخرى.
cycle-not_saved_locked = لم تُحفظ تغييراتك: { $reason } وهي معروضة أدناه لتتمكن من نسخها.

## review

review-diff_between = { $from } مقارنةً بـ{ $to }
review-edition_version = { $edition }، النسخة { $version }
review-compare_with_edition = المقارنة بآخر نسخة من { $edition }
review-not_asked_in = لم يُطرح في { $edition }
review-no_earlier_version = لم تقدّم { $country } أي نسخة من الإصدار { $edition }.
review-bad_earlier_edition = «{ $edition }» ليس إصدارًا سابقًا من هذا الاستبيان.
review-dashboard_title = مراجعة ردود الدول الأعضاء
review-dashboard_link = لوحة متابعة المراجعة
review-api_hint = تقرأ أدوات التحليل البيانات نفسها عبر واجهة برمجة التطبيقات (API) المخصصة للقراءة فقط:
review-counts_label = الدول الأعضاء حسب الحالة
review-chart_title = تقدّم الدول الأعضاء حسب مناطق الأمم المتحدة
review-regions_title = التقدم حسب مناطق الأمم المتحدة
review-regions_table = الدول الأعضاء حسب المنطقة والحالة (المجموع: { $n })
review-region = المنطقة
review-total = المجموع
review-states_title = الدول الأعضاء
review-state = الحالة
review-any = الكل
review-reviewer = المراجع
review-reviewers = المراجعون
review-nobody = لم يُسند إلى أحد
review-search = اسم البلد أو رمزه
review-sort = الترتيب حسب
review-sort_name = الاسم
review-sort_state = الحالة
review-sort_region = المنطقة
review-sort_progress = التقدم
review-sort_activity = آخر نشاط (الأحدث أولًا)
review-sort_queries = الاستفسارات المفتوحة (الأكثر أولًا)
review-sort_action = ما يحتاج إلى إجراء أولًا
review-chart_key = مفتاح الرسم البياني
review-states_filter = الحالات (عدم تحديد أي منها: الكل)
review-queries_answered = (أُجيب عن { $n })
review-apply = عرض
review-shown =
    { $total ->
        [zero] يُعرض { $shown } من أصل { $total } دولة عضو
        [one] يُعرض { $shown } من أصل دولة عضو واحدة
        [two] يُعرض { $shown } من أصل دولتين عضوين
        [few] يُعرض { $shown } من أصل { $total } دول أعضاء
        [many] يُعرض { $shown } من أصل { $total } دولةً عضوًا
       *[other] يُعرض { $shown } من أصل { $total } دولة عضو
    }
review-member_state = الدولة العضو
review-last_activity = آخر نشاط (UTC)
review-open_queries = الاستفسارات المفتوحة
review-percent = نسبة الإجابة { $percent }%
review-version_n = النسخة { $version }
review-pick = تحديد { $country }
review-pick_head = تحديد
review-assign_title = إسناد مراجع إلى الدول الأعضاء المحددة
review-assign = إسناد
review-unassign = إلغاء الإسناد للدول المحددة
review-exports_title = التصدير
review-export_csv = جميع الإجابات، إجابة واحدة في كل سطر (CSV)
review-export_xlsx = صف واحد لكل دولة عضو، مع قاموس البيانات (XLSX)
review-export_json = جميع الردود (JSON)
review-export_dictionary = قاموس البيانات (CSV): كل عمود، والسؤال المقابل له، ونوعه
review-back_dashboard = العودة إلى لوحة المتابعة
review-back_submission = العودة إلى الرد المقدَّم
review-review_caption = المراجعة
review-review_title = { $country }: النسخة { $version }
review-version_meta = قدّمها { $by } في { $at }.
review-open_count = الاستفسارات المفتوحة: { $n }.
review-assigned = المراجعون: { $names }
review-pdf = ملف PDF الموقَّع لهذه النسخة
review-decisions_title = القرارات والرسائل
review-decision_returned = أُعيد للتنقيح
review-decision_accepted = قُبل
review-decision_reopened = أُعيد فتحه
review-decide_title = اتخاذ القرار
review-return_label = رسالة إلى البلد
review-return_hint = اذكر ما يحتاج إلى تنقيح. وتُعرض الاستفسارات المفتوحة على البلد بجانب الإجابات المتعلقة بها.
review-return = الإعادة للتنقيح
review-accept_label = رسالة إلى البلد (اختيارية)
review-accept = قبول النسخة { $version }
review-accept_open_queries =
    { $count ->
        [zero] لا يزال هناك { $count } استفسار مفتوح. ويؤدي القبول إلى حلها: فلا يعود بإمكان البلد الرد عليها.
        [one] لا يزال هناك استفسار واحد مفتوح. ويؤدي القبول إلى حله: فلا يعود بإمكان البلد الرد عليه.
        [two] لا يزال هناك استفساران مفتوحان. ويؤدي القبول إلى حلهما: فلا يعود بإمكان البلد الرد عليهما.
        [few] لا يزال هناك { $count } استفسارات مفتوحة. ويؤدي القبول إلى حلها: فلا يعود بإمكان البلد الرد عليها.
        [many] لا يزال هناك { $count } استفسارًا مفتوحًا. ويؤدي القبول إلى حلها: فلا يعود بإمكان البلد الرد عليها.
       *[other] لا يزال هناك { $count } استفسار مفتوح. ويؤدي القبول إلى حلها: فلا يعود بإمكان البلد الرد عليها.
    }
review-accept_refused_open =
    { $count ->
        [zero] لهذا الرد { $count } استفسار مفتوح. ويؤدي القبول إلى حلها: أكّد ذلك في الصفحة التالية، أو عالجها أولًا.
        [one] لهذا الرد استفسار واحد مفتوح. ويؤدي القبول إلى حله: أكّد ذلك في الصفحة التالية، أو عالجه أولًا.
        [two] لهذا الرد استفساران مفتوحان. ويؤدي القبول إلى حلهما: أكّد ذلك في الصفحة التالية، أو عالجهما أولًا.
        [few] لهذا الرد { $count } استفسارات مفتوحة. ويؤدي القبول إلى حلها: أكّد ذلك في الصفحة التالية، أو عالجها أولًا.
        [many] لهذا الرد { $count } استفسارًا مفتوحًا. ويؤدي القبول إلى حلها: أكّد ذلك في الصفحة التالية، أو عالجها أولًا.
       *[other] لهذا الرد { $count } استفسار مفتوح. ويؤدي القبول إلى حلها: أكّد ذلك في الصفحة التالية، أو عالجها أولًا.
    }
review-confirm_title = قبول النسخة { $version }؟
review-confirm_lead = يؤدي القبول إلى إقفال الرد: فلا يعود بإمكان البلد تغييره، ويُبلَّغ بذلك بالبريد الإلكتروني. ولا يمكن إعادة فتحه إلا لمدير النظام.
review-confirm_message = رسالة إلى البلد
review-confirm_no_message = بلا رسالة: تقتصر رسالة البريد الإلكتروني على الإفادة بقبول الرد.
review-confirm_back = العودة إلى مراجعة رد { $country }
review-confirm_cancel = ليس الآن
review-summary_title = الملخص
review-summary_open = الاستفسارات المفتوحة ({ $n })
review-summary_no_open = لا توجد استفسارات مفتوحة.
review-summary_query_meta = طُرح بشأن النسخة { $version }؛ آخر رسالة من { $by }
review-summary_changes =
    { $n ->
        [zero] التغييرات منذ النسخة { $from }: { $n } إجابة
        [one] التغييرات منذ النسخة { $from }: إجابة واحدة
        [two] التغييرات منذ النسخة { $from }: إجابتان
        [few] التغييرات منذ النسخة { $from }: { $n } إجابات
        [many] التغييرات منذ النسخة { $from }: { $n } إجابةً
       *[other] التغييرات منذ النسخة { $from }: { $n } إجابة
    }
review-summary_diff = مقارنة النسخة { $from } بالنسخة { $to }
review-summary_no_decisions = لم يُتخذ أي قرار بعد.
review-your_message = رسالتك، ولم تُرسل (انسخها إذا كنت لا تزال بحاجة إليها):
review-resolved_on_acceptance = حُلّ عند قبول الرد.
review-reopen_title = إعادة فتح الرد المقبول
review-reopen_label = السبب (يُحفظ في سجل التدقيق)
review-reopen = إعادة الفتح للمراجعة
review-raise = طرح استفسار
review-raise_hidden = بشأن { $what }
review-raise_label = استفسارك
review-raise_button = إرسال الاستفسار
review-query_title = استفسار بشأن النسخة { $version }
review-query_open = مفتوح
review-query_resolved = حلّه { $by }
review-reply_label = ردّك
review-reply = إرسال الرد
review-resolve = تحديده كمحلول
review-no_such_query = لا يوجد هذا الاستفسار في هذا الرد.
review-message_required = أدخل رسالة.
review-message_too_long =
    { $max ->
        [zero] يجب ألا تتجاوز الرسالة { $max } حرف.
        [one] يجب ألا تتجاوز الرسالة حرفًا واحدًا.
        [two] يجب ألا تتجاوز الرسالة حرفين.
        [few] يجب ألا تتجاوز الرسالة { $max } أحرف.
        [many] يجب ألا تتجاوز الرسالة { $max } حرفًا.
       *[other] يجب ألا تتجاوز الرسالة { $max } حرف.
    }
review-wrong_state = لا يمكن تنفيذ هذا الإجراء الآن: الرد { $state }. أعد تحميل الصفحة لمعرفة حالته الحالية.
review-diff_title = النسخة { $from } مقارنةً بالنسخة { $to }
review-diff_from = من
review-diff_to = إلى
review-compare = مقارنة
review-diff_count = الإجابات التي تغيّرت: { $n }.
review-changed = تغيّر
review-question = السؤال
review-section_changed =
    { $n ->
        [zero] { $section }: تغيّرت { $n } إجابة
        [one] { $section }: تغيّرت إجابة واحدة
        [two] { $section }: تغيّرت إجابتان
        [few] { $section }: تغيّرت { $n } إجابات
        [many] { $section }: تغيّرت { $n } إجابةً
       *[other] { $section }: تغيّرت { $n } إجابة
    }
review-section_unchanged = { $section }: لا تغييرات
review-nothing_submitted = لم تقدّم { $country } أي نسخة بعد. ويمكن الاطلاع على مسودتها من لوحة المتابعة.
review-bad_filter = لا يمكن أن تكون قيمة عامل التصفية «{ $name }» هي «{ $value }». والقيم الممكنة هي: { $allowed }.
review-empty_filter = عامل التصفية «{ $name }» فارغ: احذفه لعرض أي قيمة.
review-search_too_long =
    { $max ->
        [zero] لا يمكن أن يتجاوز نص البحث { $max } حرف.
        [one] لا يمكن أن يتجاوز نص البحث حرفًا واحدًا.
        [two] لا يمكن أن يتجاوز نص البحث حرفين.
        [few] لا يمكن أن يتجاوز نص البحث { $max } أحرف.
        [many] لا يمكن أن يتجاوز نص البحث { $max } حرفًا.
       *[other] لا يمكن أن يتجاوز نص البحث { $max } حرف.
    }
review-reviewer_ids = رقم مراجع من القائمة، أو 0 لعدم الإسناد إلى أحد
review-assigned_done = أُسند المراجع.
review-unassigned_done = أُلغي إسناد المراجع إلى الدول الأعضاء المحددة.
review-pick_some = حدّد دولة عضوًا واحدة على الأقل في الجدول.
review-pick_reviewer = اختر مراجعًا من القائمة.
review-query_sent = أُرسل استفسارك إلى البلد.
review-reply_sent = أُرسل ردّك.
review-resolved_done = حُلّ الاستفسار.
review-returned_done = أُعيد الرد إلى البلد للتنقيح.
review-accepted_done = قُبل الرد.
review-reopened_done = أُعيد فتح الرد للمراجعة.
review-unknown_field = لا يتضمن الاستبيان إجابة باسم «{ $field }».
review-accepted_no_queries = هذا الرد مقبول: يجب أن يعيد مدير النظام فتحه قبل أن يتسنى طرح استفسارات جديدة.
review-mail_query_subject = استبيان الدول الأعضاء { $edition }: لدى إدارة الشؤون الاقتصادية والاجتماعية استفسار بشأن ردّك
review-mail_query_body =
    لدى إدارة الشؤون الاقتصادية والاجتماعية استفسار بشأن رد { $country }:
    {""}
    { $text }
    {""}
    يُرجى الرد في صفحة الاستفسار:
review-mail_reply_subject = استبيان الدول الأعضاء { $edition }: رد من إدارة الشؤون الاقتصادية والاجتماعية
review-mail_reply_body =
    كتب { $who }:
    {""}
    { $text }
    {""}
    سلسلة الرسائل:
review-mail_country_reply_subject = استبيان الدول الأعضاء: ردّت { $country } على استفسار
review-country_query_title = استفسار من إدارة الشؤون الاقتصادية والاجتماعية
review-change_answer = تغيير هذه الإجابة
review-bad_decision = اختر «الإعادة للتنقيح» أو «القبول» أو «إعادة الفتح».
review-not_latest = لم تعد النسخة { $version } هي الأحدث: فقد قُدّمت النسخة { $latest } بعدها. اطّلع عليها قبل اتخاذ القرار.
review-no_such_version = لا توجد نسخة { $version } من هذا الرد: أحدث نسخة هي النسخة { $latest }.
review-not_yours = يمكنك قراءة هذا الرد، لكن الاستفسارات والقرارات المتعلقة بـ{ $country } من اختصاص المراجعين المسندين إليها ومديري النظام. ويتولى مدير النظام إسناد المراجعين من لوحة المتابعة.
review-bad_version = يجب أن تكون قيمة «{ $name }» رقم نسخة، وليس «{ $value }».
review-mail_submitted_subject = استبيان الدول الأعضاء: قدّمت { $country } النسخة { $version }
review-mail_submitted_body = قدّمت { $country } النسخة { $version } من ردّها. وهي جاهزة للمراجعة:
review-mail_returned_subject = استبيان الدول الأعضاء { $edition }: أُعيد ردّك للتنقيح
review-mail_returned_body =
    أعادت إدارة الشؤون الاقتصادية والاجتماعية النسخة { $version } من رد { $country } للتنقيح:
    {""}
    { $text }
    {""}
    تُعرض الاستفسارات المفتوحة بجانب الإجابات المتعلقة بها. غيّر ما يلزم، ثم قدّم الرد مرة أخرى:
review-mail_accepted_subject = استبيان الدول الأعضاء { $edition }: قُبل ردّك
review-mail_accepted_body =
    قبلت إدارة الشؤون الاقتصادية والاجتماعية النسخة { $version } من رد { $country }.
    {""}
    { $text }
    {""}
    الرد:
review-mail_reopened_subject = استبيان الدول الأعضاء { $edition }: أُعيد فتح رد { $country } المقبول
review-mail_reopened_body =
    أعاد مدير النظام فتح النسخة { $version } من رد { $country } للمراجعة:
    {""}
    { $text }
    {""}
    الرد المقدَّم:
review-reply_on_page = الرد على هذا الاستفسار
review-open_queries_title = استفسارات من إدارة الشؤون الاقتصادية والاجتماعية تنتظر ردّك ({ $n })

## api

api-token_missing = تتطلب واجهة برمجة التطبيقات هذه رمز API مميزًا شخصيًا: أرسله بالصيغة «Authorization: Bearer <token>». وينشئ موظفو إدارة الشؤون الاقتصادية والاجتماعية الرموز المميزة في /account/api-tokens.
api-token_unknown = رمز API المميز هذا غير معروف. تحقق من أنه نُسخ كاملًا، أو أنشئ رمزًا جديدًا في /account/api-tokens.
api-token_revoked = أُلغي رمز API المميز هذا. أنشئ رمزًا جديدًا في /account/api-tokens.
api-token_not_allowed = الحساب المرتبط برمز API المميز هذا معطَّل أو لم يعد يملك صلاحية الوصول إلى بيانات المراجعة.
api-nothing_submitted = لم تقدّم { $country } أي نسخة بعد.
api-title = رموز API المميزة
api-lead = يتيح رمز API المميز الشخصي لأداة تحليل قراءة بيانات المراجعة (الدول الأعضاء، والردود المقدَّمة، والملفات المصدَّرة) عبر واجهة برمجة التطبيقات المخصصة للقراءة فقط، باسمك. احتفظ به سرًا، وألغِه عندما لا تعود بحاجة إليه.
api-openapi = وصف واجهة برمجة التطبيقات (OpenAPI)
api-created_title = أُنشئ الرمز المميز «{ $name }»
api-created_body = انسخه الآن: فهو لا يُعرض إلا هذه المرة. أرسله بالصيغة «Authorization: Bearer <token>».
api-revoked_at = أُلغي في { $at }
api-revoke = إلغاء
api-never = لم يُستخدم قط
api-renew = التجديد لمدة 90 يومًا
api-renewed_done = يعمل الرمز المميز لمدة 90 يومًا إضافية اعتبارًا من اليوم.
api-expires = صالح حتى (UTC)
api-expired_on = انتهت صلاحيته في { $at }: جدّده لاستخدامه مرة أخرى
api-days = مدة الصلاحية
api-days_n =
    { $n ->
        [zero] { $n } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $n } أيام
        [many] { $n } يومًا
       *[other] { $n } يوم
    }
api-bad_days = اختر مدة صلاحية الرمز المميز: 30 أو 90 أو 180 أو 365 يومًا.
api-copy = نسخ الرمز المميز
api-copied = نُسخ.
api-selected = الرمز المميز محدد: اضغط Ctrl+C (أو ⌘C على أجهزة Mac) لنسخه.
api-token_expired = انتهت صلاحية رمز API المميز هذا. ويمكن لصاحبه تجديده في /account/api-tokens.
api-tokens_caption = رموز API المميزة الخاصة بك
api-name = الاسم
api-name_hint = الغرض من الرمز المميز، مثل «تحليل R 2020».
api-name_required = أدخل اسمًا للرمز المميز.
api-created = تاريخ الإنشاء (UTC)
api-last_used = آخر استخدام (UTC)
api-state = الحالة
api-create_title = إنشاء رمز مميز
api-create = إنشاء الرمز المميز
api-revoked_done = أُلغي الرمز المميز: ولم يعد يعمل.
api-no_such_token = لا يوجد لديك رمز مميز كهذا.

## first_admin

first_admin-title = إنشاء أول مدير للنظام
first_admin-lead = لا يوجد أي حساب بعد في هذا التثبيت. أدخل عنوان البريد الإلكتروني لأول مدير للنظام واسمه؛ ثم تختار كلمة المرور. ويتولى مديرو النظام دعوة جميع المستخدمين الآخرين.
first_admin-name_hint = يظهر للزملاء بجانب ما يغيّره هذا الشخص.
first_admin-button = المتابعة إلى كلمة المرور
first_admin-spent = هذا الرابط غير صالح: فأول مدير للنظام موجود بالفعل. سجّل الدخول، أو اطلب دعوة من مدير النظام.

## staff_nav

staff_nav-label = إدارة الشؤون الاقتصادية والاجتماعية
staff_nav-dashboard = لوحة المتابعة
staff_nav-member_states = الدول الأعضاء
staff_nav-invite = دعوة شخص
staff_nav-invitations = الدعوات المرسلة
staff_nav-accounts = الحسابات
staff_nav-editions = الإصدارات
staff_nav-outbox = صندوق الصادر
staff_nav-audit = سجل التدقيق
staff_nav-api_tokens = رموز API المميزة
staff_nav-security = أمان تسجيل الدخول

## invitations

invitations-title = الدعوات المرسلة
invitations-lead = الأشخاص الذين دعوتهم (يرى مديرو النظام جميع الدعوات)، الأحدث أولًا. ويعمل رابط الدعوة مرة واحدة، لمدة 14 يومًا؛ وتؤدي إعادة إرسالها إلى إنشاء رابط جديد، ويتوقف الرابط السابق عن العمل.
invitations-caption = الدعوات، الأحدث أولًا
invitations-none = لم تدعُ أحدًا بعد.
invitations-sent = تاريخ الإرسال (UTC)، والمرسِل
invitations-standing = الوضع الحالي
invitations-waiting = قيد الانتظار (يعمل الرابط حتى { $until })
invitations-expired = منتهية الصلاحية: لم يعد الرابط يعمل
invitations-accepted = مقبولة
invitations-resend = إعادة الإرسال
invitations-to = إلى { $email }
invitations-resent = أُعيد إرسال الدعوة إلى { $email }، مع رابط جديد.
invitations-not_yours = لا يمكن إعادة إرسال هذه الدعوة إلا للشخص الذي أرسلها، أو لمدير النظام.
invitations-already_accepted = قبل { $email } الدعوة بالفعل واختار كلمة مرور: فلا يوجد ما يُرسل. ويمكنه استخدام «هل نسيت كلمة المرور؟» في صفحة تسجيل الدخول.
