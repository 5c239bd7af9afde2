# تقارير Waypoint المطبوعة: العربية. ترجمة جديدة: تحتاج إلى مراجعة.

## عن هذا الفهرس

language-name = العربية
language-english-name = Arabic
language-matches = ar, arabic, العربية, عربي, arabe, arabi
language-review = needs-review
review-mark = لم تتم مراجعة هذه الترجمة بعد.
number-decimal = .
date-long = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
page-number = الصفحة { $page } من { $pages }

## تقرير اجتماع أولياء الأمور

report-title = تقرير اجتماع أولياء الأمور
report-class = الصف
report-date = التاريخ
report-student-led = اجتماع يقوده الطالب
report-teacher-led = اجتماع أولياء الأمور
report-my-goal = هدفي
report-my-reflection = ما أريدكم أن تعرفوه
report-profile = من أنا كمتعلّم
report-strengths = نقاط القوة
report-interests = الاهتمامات
report-career-goals = آمال للمستقبل
report-mastery = التعلّم حسب المجال
report-competency = المهارة
report-level = المستوى
report-status = الوضع الحالي
report-growth = التقدّم منذ الاجتماع السابق
report-growth-since = منذ { $date }
report-first-conference = هذا هو الاجتماع الأول هذا العام؛ سيظهر التقدّم ابتداءً من الاجتماع القادم.
report-no-growth = لم يتغيّر أي مستوى منذ ذلك الحين.
report-goals = الأهداف
report-no-goals = لم تُحدَّد أهداف بعد.
report-progress = التقدّم
report-target = التاريخ المستهدف
report-steps = الخطوات
report-reflections = بكلماتي الخاصة
report-no-reflections = لم يتم اختيار أي تأملات لهذا الاجتماع.
report-portfolio = أعمال أفتخر بها
report-no-portfolio = لا توجد أعمال مختارة بعد.
report-file-missing = (الملف غير موجود على هذا الحاسوب)
report-next-steps = الخطوات التالية
report-no-next-steps = سيتم الاتفاق عليها في الاجتماع.
report-agreed-steps = ما اتفقنا عليه في الاجتماع السابق
report-ready-next = ما يأتي بعد ذلك
report-ready-to-learn = مستعد لتعلّم
report-working-on = يعمل على
report-family-notes = ملاحظات الأسرة
report-no-evidence = لم يُقيَّم بعد
report-more-skills = { $n ->
        [one] …ومهارة أخرى واحدة، معروضة في جدول الإتقان.
        [two] …ومهارتان أخريان، معروضتان في جدول الإتقان.
        [few] …و{ $n } مهارات أخرى، معروضة في جدول الإتقان.
       *[other] …و{ $n } مهارة أخرى، معروضة في جدول الإتقان.
    }

## وضع المهارة أو الهدف

status-not-started = لم يبدأ بعد
status-progressing = في الطريق
status-mastered = متقَن
goal-active = قيد العمل
goal-met = تحقّق
goal-not-met = لم يتحقّق
goal-dropped = مؤجَّل

## مستويات المقياس الافتراضي

level-no-evidence = لا توجد أدلة
level-emerging = ناشئ
level-beginning = مبتدئ
level-beginning-plus = مبتدئ+
level-developing = في طور النمو
level-developing-plus = في طور النمو+
level-proficient = متمكّن
level-proficient-plus = متمكّن+
level-advanced = متقدّم

## ملخص الصف

summary-title = ملخص الصف
summary-distribution = الإتقان حسب المهارة
summary-students = { $n ->
        [zero] لا يوجد طلاب
        [one] طالب واحد
        [two] طالبان
        [few] { $n } طلاب
        [many] { $n } طالبًا
       *[other] { $n } طالب
    }
summary-groups = المجموعات الحالية
summary-no-groups = لا توجد مجموعات محفوظة بعد.

## تأمل الفريق

team-title = تأملنا في التعلّم المخصّص
team-now = نقوم بهذا الآن
team-different = هذا مختلف عن نهجنا
team-looks-like = كيف يبدو ذلك
team-questions = دليل التأمل
