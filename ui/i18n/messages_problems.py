"""The problems panel, its badges and F8, and the preview in place (UI strings)."""

MESSAGES: dict[str, dict[str, str]] = {
    "problems.where": {"en": "Where", "zh": "位置"},
    "problems.what": {"en": "Problem and what to do", "zh": "问题与改法"},
    "problems.file_column": {"en": "File and line", "zh": "文件与行号"},
    "problems.show_files": {"en": "Show files and lines", "zh": "显示文件与行号"},
    "problems.todo": {"en": "→ {hint}", "zh": "→ {hint}"},
    "problems.tip": {
        "en": "{message}\nWhat to do: {hint}\nWhere: {where}\nFile: {file}",
        "zh": "{message}\n改法：{hint}\n位置：{where}\n文件：{file}"},
    "problems.badge": {
        "en": "{count} problems", "en_one": "1 problem", "zh": "{count} 个问题"},
    "problems.badge_none": {"en": "No problems", "zh": "没有问题"},
    "problems.badge_tip": {
        "en": "Show or hide the problems (F8: go to the next one)",
        "zh": "显示或隐藏问题列表（F8：转到下一个问题）"},
    "problems.badge_breakdown": {
        "en": "{errors} to fix, {warnings} warnings", "zh": "{errors} 个需修正，{warnings} 个警告"},
    "problems.tree_tip": {
        "en": "{count} problems here", "en_one": "1 problem here", "zh": "此处有 {count} 个问题"},
    "action.next_problem": {"en": "Next Problem", "zh": "下一个问题"},
    "action.previous_problem": {"en": "Previous Problem", "zh": "上一个问题"},
    # the preview in place
    "preview.window_title": {"en": "Preview: {title}", "zh": "预览：{title}"},
    "preview.live_note": {
        "en": "The trainee's view; it follows the selection and updates as you edit.",
        "zh": "学员看到的样子；随所选内容切换，编辑后自动更新。"},
    "preview.nothing": {
        "en": "Select a lesson, case study, quiz or question to preview it.",
        "zh": "请在课程结构中选择课文、案例、测验或题目进行预览。"},
    "preview.navigator": {"en": "Questions", "zh": "题目导航"},
}
