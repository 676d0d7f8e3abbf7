"""Read-only questions about the attempt an engine session holds, shared by the quiz preview
and trainee mode's controller (both keep the session as ``self.session``)."""

from __future__ import annotations

from courseware.engine import AttemptSession, JSONValue


class AttemptReading:
    session: AttemptSession

    @property
    def attempt_id(self) -> str:
        return self.session.attempt.id

    @property
    def is_finished(self) -> bool:
        return self.session.attempt.state.finished

    def page_count(self) -> int:
        return len(self.session.pages)

    def page_index(self) -> int:
        return self.session.attempt.position

    def number_of(self, question_id: str) -> int:
        return self.session.attempt.question_ids.index(question_id) + 1

    def option_order(self, question_id: str) -> list[str] | None:
        return self.session.attempt.option_orders.get(question_id)

    def value(self, question_id: str) -> JSONValue:
        return self.session.attempt.answer_value(question_id)

    def certainty(self, question_id: str) -> int | None:
        """The certainty recorded with the answer (None: not stated, or no CBM)."""
        record = self.session.attempt.answers.get(question_id)
        return None if record is None else record.certainty

    def is_flagged(self, question_id: str) -> bool:
        record = self.session.attempt.answers.get(question_id)
        return record is not None and record.flagged
