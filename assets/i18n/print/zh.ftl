# Waypoint 打印报告：简体中文。新译文：需要审阅。

## 关于本目录

language-name = 中文（简体）
language-english-name = Chinese (Simplified)
language-matches = zh, chinese, mandarin, 中文, 普通话, 汉语, 华语, simplified chinese, zh-cn, zh-hans
language-review = needs-review
review-mark = 本译文尚未经过审阅。
number-decimal = .
date-long = { $year }年{ $month }月{ $day }日
page-number = 第 { $page } 页，共 { $pages } 页

## 家长会报告

report-title = 家长会报告
report-class = 班级
report-date = 日期
report-student-led = 学生主导的家长会
report-teacher-led = 家长会
report-my-goal = 我的目标
report-my-reflection = 我想让你们知道的
report-profile = 我是怎样的学习者
report-strengths = 长处
report-interests = 兴趣
report-career-goals = 对未来的希望
report-mastery = 各领域的学习情况
report-competency = 技能
report-level = 水平
report-status = 目前情况
report-growth = 上次家长会以来的进步
report-growth-since = 自 { $date } 以来
report-first-conference = 这是本学年的第一次家长会；从下一次起会显示进步情况。
report-no-growth = 从那时起水平还没有变化。
report-goals = 目标
report-no-goals = 还没有设定目标。
report-progress = 进度
report-target = 目标日期
report-steps = 步骤
report-reflections = 用我自己的话说
report-no-reflections = 这次家长会没有选择反思。
report-portfolio = 我引以为豪的作品
report-no-portfolio = 还没有精选作品。
report-file-missing = （文件不在这台电脑上）
report-next-steps = 下一步
report-no-next-steps = 将在家长会上商定。
report-agreed-steps = 上次家长会商定的
report-ready-next = 接下来学什么
report-ready-to-learn = 可以开始学习
report-working-on = 正在学习
report-family-notes = 家长留言
report-no-evidence = 尚未评估
report-more-skills = ……另有 { $n } 项技能，见掌握情况表。

## 技能或目标的情况

status-not-started = 尚未开始
status-progressing = 正在进步
status-mastered = 已掌握
goal-active = 正在努力
goal-met = 已达成
goal-not-met = 未达成
goal-dropped = 暂时搁置

## 默认等级

level-no-evidence = 暂无依据
level-emerging = 萌芽
level-beginning = 起步
level-beginning-plus = 起步+
level-developing = 发展中
level-developing-plus = 发展中+
level-proficient = 熟练
level-proficient-plus = 熟练+
level-advanced = 优秀

## 班级概况

summary-title = 班级概况
summary-distribution = 各项技能的掌握情况
summary-students = { $n } 名学生
summary-groups = 当前分组
summary-no-groups = 还没有保存的分组。

## 教师团队的反思

team-title = 我们对个性化学习的反思
team-now = 我们现在就这样做
team-different = 这与我们的做法不同
team-looks-like = 具体表现
team-questions = 反思指南
