"""The branching-scenario builder: node labels, graph layout, undo, the map and the node form."""
