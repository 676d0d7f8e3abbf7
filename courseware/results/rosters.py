"""The roster: trainees known to the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

from sqlalchemy import ColumnElement, Engine, select

from courseware.results.records import Trainee
from courseware.results.schema import trainees_table


class RosterRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add_many(self, trainees: Iterable[Trainee]) -> int:
        """Add trainees in one transaction (all or none); returns how many were added."""
        rows = [asdict(trainee) for trainee in trainees]
        if rows:
            with self._engine.begin() as connection:
                connection.execute(trainees_table.insert(), rows)
        return len(rows)

    def add(self, trainee: Trainee) -> Trainee:
        self.add_many([trainee])
        return trainee

    def get(self, trainee_id: str) -> Trainee | None:
        return self._first(trainees_table.c.id == trainee_id)

    def find_by_employee_id(self, employee_id: str) -> Trainee | None:
        return self._first(trainees_table.c.employee_id == employee_id)

    def list(self) -> list[Trainee]:
        query = select(trainees_table).order_by(trainees_table.c.department,
                                                trainees_table.c.name, trainees_table.c.id)
        with self._engine.connect() as connection:
            return [Trainee(**row) for row in connection.execute(query).mappings()]

    def _first(self, condition: ColumnElement[bool]) -> Trainee | None:
        with self._engine.connect() as connection:
            row = connection.execute(select(trainees_table).where(condition)).mappings().first()
        return None if row is None else Trainee(**row)
