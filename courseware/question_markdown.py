"""The Markdown texts of a question (those that may hold formatting and pictures)."""

from __future__ import annotations

from courseware import model as m


def markdown_texts(question: m.Question) -> list[str]:
    """Prompt, general feedback and every option, item and feedback text of ``question``."""
    texts = [question.prompt, question.feedback]
    if isinstance(question, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        texts += [t for option in question.options for t in (option.text, option.feedback)]
    elif isinstance(question, m.NumericalQuestion):
        texts += [answer.feedback for answer in question.answers]
    elif isinstance(question, m.TrueFalseQuestion):
        texts += [question.true_feedback, question.false_feedback]
    elif isinstance(question, m.MatchingQuestion):
        texts += [t for pair in question.pairs for t in (pair.left, pair.right)]
        texts += list(question.distractors)
    elif isinstance(question, m.OrderingQuestion):
        texts += list(question.items)
    elif isinstance(question, m.EssayQuestion):
        texts.append(question.model_answer)
    elif isinstance(question, m.ScenarioQuestion):
        for node in question.nodes:
            texts.append(node.text)
            texts += [t for choice in node.choices for t in (choice.text, choice.feedback)]
            if node.ending is not None:
                texts.append(node.ending.feedback)
    return [text for text in texts if text]
