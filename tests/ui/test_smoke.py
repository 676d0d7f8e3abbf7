"""Every editor opens on the bundled course."""

from __future__ import annotations

from ui.tree_nodes import walk


def test_every_object_gets_an_editor(workspace) -> None:  # type: ignore[no-untyped-def]
    model = workspace.tree_model
    for node in walk(model.root):
        assert workspace.select_object(node.obj)
        assert workspace.editor is not None
        assert getattr(workspace.editor, "obj", None) is node.obj
