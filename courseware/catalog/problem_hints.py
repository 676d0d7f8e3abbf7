"""What to do about each problem, in the app (not in the file): ``fix.<problem key>``.

The problems panel shows these instead of the file-format hints the command line prints. A test
keeps one for every key validation can report.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ids and files
    "fix.id.duplicate": {
        "en": "Open Advanced and give this item an id of its own",
        "zh": "展开“高级”，给它换一个不重复的编号"},
    "fix.media.missing": {
        "en": "Insert the picture again with the Image… button, or remove the broken image",
        "zh": "用工具栏的“图片…”按钮重新插入这张图片，或删除这处失效的图片"},
    "fix.path.escapes": {
        "en": "Insert the picture with the Image… button: it is copied into the course",
        "zh": "请用“图片…”按钮插入图片，程序会把它复制到课程文件夹中"},
    # quizzes and draws
    "fix.quiz.empty": {
        "en": "Add a question with Insert › Add question, or a random draw below",
        "zh": "用“插入 › 添加题目”加一道题，或在下方添加随机抽题规则"},
    "fix.draw.no_source": {
        "en": "In Random draws, fill in “From quiz” or “Category”",
        "zh": "在“随机抽题”表格中填写“来源测验”或“类别”"},
    "fix.draw.quiz_missing": {
        "en": "In Random draws, correct “From quiz” to the id of an existing quiz",
        "zh": "在“随机抽题”表格中把“来源测验”改成现有测验的编号"},
    "fix.draw.too_few": {
        "en": "Lower the draw's Count, or add questions of that category to the pool",
        "zh": "调低该抽题规则的“数量”，或在题库中补充该类别的题目"},
    "fix.draw.overlap": {
        "en": "Lower the Counts of the draws, or add questions to their pools",
        "zh": "调低各抽题规则的“数量”，或为它们的题库补充题目"},
    # questions
    "fix.question.no_prompt": {
        "en": "Type the question in the Question text box",
        "zh": "在“题干”框中写出题目"},
    "fix.choice.option_count": {
        "en": "Use “+ Add option” or the cards' Delete button to have 2 to 10 options",
        "zh": "用“+ 添加选项”或选项卡片上的“删除”按钮，使选项在 2–10 个之间"},
    "fix.choice.no_correct": {
        "en": "Switch on “Correct” on the card of the right option",
        "zh": "在正确选项的卡片上打开“正确”开关"},
    "fix.choice.many_correct": {
        "en": "Switch “Correct” off on all but one card, or change the question to multiple choice",
        "zh": "只在一张选项卡片上保留“正确”，或把此题改为多选题"},
    "fix.option.duplicate_id": {
        "en": "Open Advanced and give this option an id of its own",
        "zh": "展开“高级”，给这个选项换一个不重复的编号"},
    "fix.fill.blank_mismatch": {
        "en": "Type ___ in the question text for every blank, or add or delete blank cards",
        "zh": "在题干中为每个空写一个 ___，或添加、删除“空格”卡片，使两者数量一致"},
    "fix.fill.no_accepted": {
        "en": "Type at least one accepted answer on this blank's card",
        "zh": "在这个空的卡片上至少填写一个可接受的答案"},
    "fix.numerical.no_answers": {
        "en": "Click Add under Accepted answers and type the right value",
        "zh": "在“可接受的答案”表格下点“添加”，填写正确数值"},
    "fix.numerical.no_full_credit": {
        "en": "Set the right value's credit to 100 % in Accepted answers",
        "zh": "在“可接受的答案”表格中把正确数值的得分设为 100%"},
    "fix.numerical.bad_answer": {
        "en": "In Accepted answers, make the tolerance 0 or more and the credit 0–100",
        "zh": "在“可接受的答案”表格中，误差不能为负，得分在 0–100 之间"},
    "fix.numerical.bad_unit": {
        "en": "In Units, give every row a name and a multiplier above 0",
        "zh": "在“单位”表格中为每一行填写名称，倍数大于 0"},
    "fix.numerical.unit_duplicate": {
        "en": "In Units, remove or rename the repeated unit",
        "zh": "在“单位”表格中删除或改名重复的单位"},
    "fix.numerical.base_unit": {
        "en": "In Units, put the base unit first with multiplier 1",
        "zh": "在“单位”表格中把基本单位放在第一行，倍数设为 1"},
    "fix.matching.too_few": {
        "en": "Use “+ Add pair” until there are at least 2 pairs",
        "zh": "用“+ 添加配对”补足至少 2 组配对"},
    "fix.matching.duplicate": {
        "en": "Reword one of the repeated texts so every card differs",
        "zh": "改写其中一张重复的卡片，使每张卡片各不相同"},
    "fix.ordering.too_few": {
        "en": "Use “+ Add item” until there are at least 2 items",
        "zh": "用“+ 添加条目”补足至少 2 个条目"},
    "fix.ordering.duplicate": {
        "en": "Reword one of the repeated items so every item differs",
        "zh": "改写其中一个重复的条目，使每个条目各不相同"},
    "fix.essay.no_rubric": {
        "en": "Use “+ Add criterion” to say what earns the points",
        "zh": "用“+ 添加评分要点”写出得分要点"},
    "fix.essay.points_mismatch": {
        "en": "Make the criteria's points add up to the question's Points",
        "zh": "调整各评分要点的分值，使合计等于本题“分值”"},
    # scenarios
    "fix.scenario.no_nodes": {
        "en": "Click “Add node” to write the first step of the conversation",
        "zh": "点“添加节点”，写出对话的第一步"},
    "fix.scenario.node_duplicate": {
        "en": "Give one of the two nodes another id in “Node id”",
        "zh": "在“节点编号”中给其中一个节点换个编号"},
    "fix.scenario.start_missing": {
        "en": "Type the id of the first node in “Start node”",
        "zh": "在“起始节点”中填写第一个节点的编号"},
    "fix.scenario.next_missing": {
        "en": "In this node's Choices, correct “Leads to” to an existing node's id",
        "zh": "在该节点的“选择”表格中，把“下一节点”改成现有节点的编号"},
    "fix.scenario.unreachable": {
        "en": "Point a choice of another node to it, or delete the node",
        "zh": "让其他节点的某个选择指向它，或删除这个节点"},
    "fix.scenario.dead_end": {
        "en": "Add a choice to this node, or tick “This node is an ending”",
        "zh": "为该节点添加选择，或勾选“此节点是结局”"},
    "fix.scenario.both": {
        "en": "Untick “This node is an ending”, or delete the node's choices",
        "zh": "取消勾选“此节点是结局”，或删除该节点的选择"},
    "fix.scenario.no_ending": {
        "en": "Lead one of the choices on to a node marked as an ending",
        "zh": "让其中一个选择通向标为结局的节点"},
    # starter texts left in place
    "fix.placeholder": {
        "en": "Replace the starter text with your own",
        "zh": "把示例文字换成自己的内容"},
    # sizes (bounds that keep the editor, the kiosk and grading fast)
    "fix.question.too_many": {
        "en": "Delete cards until the question is within the limit, or split it in two",
        "zh": "删除部分卡片使其不超过上限，或把此题拆成两道题"},
}

# The problem itself where the command line's wording names a file key (题干（prompt）…):
# ``say.<problem key>``, shown in the app instead.
MESSAGES.update({
    "say.question.no_prompt": {
        "en": "The question has no text yet", "zh": "题目还没有题干"},
    "say.essay.no_rubric": {
        "en": "The essay question has no scoring criteria yet", "zh": "问答题还没有评分要点"},
    "say.numerical.no_full_credit": {
        "en": "No accepted answer earns full credit (100 %)",
        "zh": "没有得满分（100%）的答案"},
    "say.draw.no_source": {
        "en": "A random draw names neither a quiz to draw from nor a category",
        "zh": "抽题规则既没有指定来源测验，也没有指定类别"},
    "say.option.duplicate_id": {
        "en": "Two options have the same id “{id}”", "zh": "两个选项的编号都是“{id}”"},
    "say.scenario.node_duplicate": {
        "en": "Two nodes have the same id “{id}”", "zh": "两个节点的编号都是“{id}”"},
    "say.id.duplicate": {
        "en": "The id “{id}” is already used by {other}", "zh": "编号“{id}”已被“{other}”使用"},
    "say.scenario.next_missing": {
        "en": "A choice of node “{node}” leads to “{id}”, which does not exist",
        "zh": "节点“{node}”的某个选择指向不存在的节点“{id}”"},
    "say.scenario.unreachable": {
        "en": "Node “{id}” cannot be reached from the start",
        "zh": "从起始节点无法到达节点“{id}”"},
    "say.scenario.dead_end": {
        "en": "Node “{id}” has neither choices nor an ending",
        "zh": "节点“{id}”既没有选择，也不是结局"},
    "say.scenario.both": {
        "en": "Node “{id}” has both choices and an ending",
        "zh": "节点“{id}”既有选择，又是结局"},
    "say.scenario.no_ending": {
        "en": "No path from node “{id}” reaches an ending",
        "zh": "从节点“{id}”出发的任何路径都到不了结局"},
    "say.scenario.start_missing": {
        "en": "The start node “{id}” does not exist", "zh": "起始节点“{id}”不存在"},
    "say.choice.many_correct": {
        "en": "A single-choice question has {count} options marked correct",
        "zh": "单选题有 {count} 个选项被标为正确"},
})
