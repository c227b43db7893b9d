"""Start-up probe for `python -m jianbao.bench startup`: show a window, print when it first painted, quit.

    python -m jianbao.gui.probe bare          a bare PySide6 QMainWindow (the peer)
    python -m jianbao.gui.probe app STORE     Jianbao's main window on STORE, as `jianbao` starts it

Prints `shown T` (time.monotonic() once the window's first paint is complete) and, for the app, `list_request T` and
`list_painted T` (the article list's first paint with rows); the bench compares them with its own clock.
"""
from __future__ import annotations

import sys
import time


def _say(name: str, when: float) -> None:
    sys.stdout.write(f"{name} {when:.6f}\n")
    sys.stdout.flush()


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, painted)  # after the whole first paint (children included) is done
            return False

    def painted() -> None:
        _say("shown", time.monotonic())
        app.quit()

    spy = Painted()
    window.installEventFilter(spy)
    window.show()
    return int(app.exec())


def jianbao_window(store: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from jianbao.gui.app import create_window, make_app
    from jianbao.gui.main_window import MainWindow

    desk_ready = MainWindow._desk_ready

    def timed_desk_ready(self: MainWindow) -> None:
        _say("list_request", time.monotonic())  # the store is open: the list asks for its first page now
        desk_ready(self)

    MainWindow._desk_ready = timed_desk_ready  # type: ignore[method-assign]
    app = make_app()
    window = create_window()
    viewport = window.list.viewport()

    class Painted(QObject):
        shown = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if obj is window and not self.shown:
                    self.shown = True
                    QTimer.singleShot(0, lambda: _say("shown", time.monotonic()))
                elif obj is viewport and window.model is not None and window.model.rowCount() > 0:
                    _say("list_painted", time.monotonic())
                    viewport.removeEventFilter(self)
                    QTimer.singleShot(0, window.close)
            return False

    spy = Painted()
    window.installEventFilter(spy)
    viewport.installEventFilter(spy)
    window.show()
    window.open_store(store)
    return int(app.exec())


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return bare()
    if argv[:1] == ["app"] and len(argv) == 2:
        return jianbao_window(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
