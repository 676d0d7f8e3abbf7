"""The class table's sorting and its "only those who have not submitted" filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.console.status_model import SORT_ROLE, ClassStatusModel


class UnfinishedFilter(QSortFilterProxyModel):
    """Sorts by each column's sort key; hides submitted trainees while ``only_unfinished``."""

    def __init__(self, source: ClassStatusModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.only_unfinished = False

    def show_only_unfinished(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_unfinished = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ClassStatusModel)
        return not (self.only_unfinished and source.rows[source_row].finished)
