"""PySide6 user interface. Layout and adapters only: logic lives in courseware/ and exporters/."""
