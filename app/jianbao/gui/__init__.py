"""The Qt front end: windows, models, dialogs and the worker that calls the Desk (PySide6 only here)."""
