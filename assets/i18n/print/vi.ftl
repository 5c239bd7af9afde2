# Báo cáo in của Waypoint: tiếng Việt. Bản dịch mới: cần được xem lại.

## Về danh mục này

language-name = Tiếng Việt
language-english-name = Vietnamese
language-matches = vi, vietnamese, tiếng việt, tieng viet, việt, viet
language-review = needs-review
review-mark = Bản dịch này chưa được xem lại.
number-decimal = ,
date-long = Ngày { $day } tháng { $month } năm { $year }
page-number = Trang { $page }/{ $pages }

## Báo cáo buổi họp phụ huynh

report-title = Báo cáo buổi họp phụ huynh
report-class = Lớp
report-date = Ngày
report-student-led = Buổi họp do học sinh dẫn dắt
report-teacher-led = Buổi họp phụ huynh
report-my-goal = Mục tiêu của em
report-my-reflection = Điều em muốn gia đình biết
report-profile = Em là người học như thế nào
report-strengths = Điểm mạnh
report-interests = Sở thích
report-career-goals = Ước mơ cho tương lai
report-mastery = Việc học theo từng lĩnh vực
report-competency = Kỹ năng
report-level = Mức độ
report-status = Tình trạng hiện nay
report-growth = Sự tiến bộ từ buổi họp trước
report-growth-since = Từ { $date }
report-first-conference = Đây là buổi họp đầu tiên trong năm; sự tiến bộ sẽ được cho thấy từ buổi họp sau.
report-no-growth = Từ đó đến nay chưa có thay đổi về mức độ.
report-goals = Mục tiêu
report-no-goals = Chưa đặt mục tiêu nào.
report-progress = Tiến độ
report-target = Ngày dự kiến
report-steps = Các bước
report-reflections = Bằng lời của chính em
report-no-reflections = Chưa chọn bài suy ngẫm nào cho buổi họp này.
report-portfolio = Những bài làm em tự hào
report-no-portfolio = Chưa có bài làm nổi bật nào.
report-file-missing = (tệp không có trên máy tính này)
report-next-steps = Các bước tiếp theo
report-no-next-steps = Sẽ được thống nhất trong buổi họp.
report-agreed-steps = Đã thống nhất ở buổi họp trước
report-ready-next = Điều sắp tới
report-ready-to-learn = Sẵn sàng học
report-working-on = Đang học
report-family-notes = Ghi chú của gia đình
report-no-evidence = Chưa được đánh giá
report-more-skills = …và { $n } kỹ năng khác, có trong bảng mức độ thành thạo.

## Tình trạng của một kỹ năng hay một mục tiêu

status-not-started = Chưa bắt đầu
status-progressing = Đang tiến bộ
status-mastered = Đã thành thạo
goal-active = Đang thực hiện
goal-met = Đã đạt
goal-not-met = Chưa đạt
goal-dropped = Tạm gác lại

## Các mức độ của thang đo mặc định

level-no-evidence = Chưa có minh chứng
level-emerging = Mới hình thành
level-beginning = Bắt đầu
level-beginning-plus = Bắt đầu+
level-developing = Đang phát triển
level-developing-plus = Đang phát triển+
level-proficient = Thành thạo
level-proficient-plus = Thành thạo+
level-advanced = Nâng cao

## Bảng tóm tắt của lớp

summary-title = Tóm tắt của lớp
summary-distribution = Mức độ thành thạo theo kỹ năng
summary-students = { $n } học sinh
summary-groups = Các nhóm hiện tại
summary-no-groups = Chưa lưu nhóm nào.

## Bài suy ngẫm của nhóm giáo viên

team-title = Suy ngẫm của chúng tôi về việc học cá nhân hóa
team-now = Chúng tôi đang làm điều này
team-different = Điều này khác với cách làm của chúng tôi
team-looks-like = Trông như thế nào
team-questions = Hướng dẫn suy ngẫm
