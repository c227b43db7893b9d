"""Statistics view (table, chart, .csv/.docx), the export dialog and its PDF, and the preferences that live in the
settings file (store, series, template, conversion) or in the store (roster, protected terms)."""
from __future__ import annotations

import shutil

import pytest

from jianbao.gui import dialogs, export_dialog
from jianbao.gui.export_dialog import ExportChoice, ExportDialog
from jianbao.gui.preferences import PreferencesDialog, StoreLists
from jianbao.gui.settings import Prefs, load_prefs, open_settings, preferred_store, save_prefs
from jianbao.models import IssueSection, Person

pytestmark = pytest.mark.gui


def desk_call(window, settle, fn):
    out = []
    window.worker.submit(fn, out.append)
    settle(window)
    return out[0]


def test_stats_view_shows_the_desks_numbers_and_exports_them(imported_window, qtbot, settle, tmp_path):
    window = imported_window
    desk_call(window, settle, lambda desk: desk.create_issue(
        "开发区资讯", date="2024-01-08", sections=[IssueSection(None, (1, 2, 3))]))
    window.issue_actions.stats.trigger()
    stats = window.issue_actions.stats_window
    qtbot.waitUntil(lambda: stats.table_data is not None, timeout=10000)
    settle(window)
    assert stats.period() == ("2023-12-01", "2024-01-31")     # the months that have articles
    expected = desk_call(window, settle, lambda desk: desk.month_stats("category", "2023-12-01", "2024-01-31"))
    assert stats.table.rowCount() == len(expected.labels) + 1
    assert [stats.table.item(0, c).text() for c in range(stats.table.columnCount())] == list(expected.rows()[0])
    assert stats.chart.labels == list(expected.labels) and stats.chart.stacked
    stats.kind.setCurrentIndex(stats.kind.findData("adoption"))
    qtbot.waitUntil(lambda: stats.table_data.kind == "adoption", timeout=10000)
    adoption = stats.table_data
    pairs = desk_call(window, settle, lambda desk: sum(len(desk.article(a).units) for a in (1, 2, 3)))
    assert sum(v[1] for v in adoption.values) == pairs and not stats.chart.stacked  # once per unit of each
    assert stats.table.horizontalHeaderItem(3).text() == "采用率"
    stats.all_time.setChecked(True)
    qtbot.waitUntil(lambda: stats.table_data.date_from is None, timeout=10000)
    assert not stats.date_from.isEnabled()
    stats.export("csv", str(tmp_path / "t.csv"))
    stats.export("docx", str(tmp_path / "t.docx"))
    settle(window)
    assert (tmp_path / "t.csv").read_text("utf-8-sig").splitlines()[0] == "报送单位,报送,采用,采用率"
    from docx import Document

    assert Document(str(tmp_path / "t.docx")).tables[0].rows[0].cells[0].text == "报送单位"
    stats.chart.grab()                                          # paints without error
    assert "已导出" in stats.note.text()


def test_bar_chart_steps_and_empty_state(qtbot):
    from jianbao.gui.bar_chart import BarChart, nice_step

    assert [nice_step(n) for n in (1, 6, 7, 12, 40, 100, 1000)] == [1, 1, 2, 2, 10, 20, 200]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_data("空", [], [], [], True)
    assert not chart.grab().isNull()
    chart.set_data("两组", ["甲单位", "乙单位"], ["报送", "采用"], [[5, 2], [3, 3]], False)
    assert chart.largest() == 5 and not chart.grab().isNull()


def test_export_dialog_defaults_and_checks(qtbot, tmp_path):
    defaults = ExportChoice(str(tmp_path / "第1期.docx"), "s", None, True, True)
    dialog = ExportDialog(None, "开发区资讯 2024年第1期", defaults, pdf_available=False)
    qtbot.addWidget(dialog)
    assert dialog.choice() == ExportChoice(str(tmp_path / "第1期.docx"), "s", None, True, False)
    assert not dialog.pdf.isEnabled()                          # no LibreOffice: no PDF offered
    dialog.path.setText(str(tmp_path / "nowhere" / "x"))
    dialog._accept()
    assert "文件夹不存在" in dialog.problem.text() and dialog.result() == 0
    dialog.path.setText(str(tmp_path / "x"))
    dialog.template.setText(str(tmp_path / "none.docx"))
    dialog._accept()
    assert "找不到模板" in dialog.problem.text()
    assert dialog.choice().path.endswith("x.docx")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_export_with_pdf_then_open_the_file(imported_window, qtbot, settle, tmp_path, monkeypatch):
    window = imported_window
    issue = desk_call(window, settle, lambda desk: desk.create_issue(
        "开发区资讯", date="2024-01-08", sections=[IssueSection(None, (1, 2))])[0])
    window.on_changed(__import__("jianbao.models", fromlist=["Changed"]).Changed(issues=(issue.id,)))
    settle(window)
    window.sidebar.select_key(f"issue:{issue.id}")
    seen, opened = [], []

    def ask(cls, parent, label, defaults, pdf_available):
        seen.append((label, defaults, pdf_available))
        return ExportChoice(str(tmp_path / "out.docx"), "s", None, False, True)

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(export_dialog.ExportDoneDialog, "ask", classmethod(lambda cls, parent, paths: "file"))
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window.issue_actions.export.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=120000)
    label, defaults, pdf_available = seen[0]
    assert label == "开发区资讯 2024年第1期" and defaults.path.endswith("开发区资讯2024年第1期.docx") and pdf_available
    assert opened[0].toLocalFile() == str(tmp_path / "out.docx")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert window.settings.value("export/folder") == str(tmp_path)


def test_preferences_round_trip_and_store_choice(settings_path, monkeypatch, tmp_path):
    settings = open_settings(settings_path)
    prefs = Prefs(store_path=str(tmp_path / "s.db"), default_series="开发区资讯", template=str(tmp_path / "t.docx"),
                  convert_to="hk", convert_phrases=True)
    save_prefs(settings, prefs)
    assert load_prefs(open_settings(settings_path)) == prefs
    assert preferred_store(prefs) == str(tmp_path / "s.db")
    monkeypatch.setenv("JIANBAO_STORE", str(tmp_path / "env.db"))
    assert preferred_store(prefs) is None                      # the environment wins (default_store_path reads it)
    settings.setValue("prefs/convert_to", "klingon")
    assert load_prefs(settings).convert_to == "s"


def test_preferences_dialog_edits_roster_and_terms(qtbot):
    lists = StoreLists((Person("周童", ("党工委书记",), 1),), ("后川",))
    dialog = PreferencesDialog(None, Prefs(), lists)
    qtbot.addWidget(dialog)
    assert dialog.roster.rowCount() == 1 and dialog.terms.count() == 1
    dialog.add_person(Person("宋黎静", ("党工委副书记", "管委会主任"), 2))
    dialog.add_person(Person("无职务", (), 3))                  # a name without titles checks nothing: dropped
    dialog.new_term.setText("三里桥")
    dialog.add_term()
    dialog.new_term.setText("后川")
    dialog.add_term()                                          # no duplicates
    dialog.convert_to.setCurrentIndex(dialog.convert_to.findData("tw"))
    got = dialog.lists()
    assert got.roster == (Person("周童", ("党工委书记",), 1), Person("宋黎静", ("党工委副书记", "管委会主任"), 2))
    assert got.protected == ("后川", "三里桥")
    assert dialog.prefs().convert_to == "tw"


def test_preferences_save_the_stores_lists(imported_window, settle, monkeypatch):
    window = imported_window
    desk_call(window, settle, lambda desk: desk.save_roster([Person("王飞", ("管委会副主任",), 5)]))

    def ask(cls, parent, prefs, lists=None):
        assert lists is not None and [p.name for p in lists.roster] == ["王飞"]
        return dialogs.PrefsChoice(prefs, StoreLists((Person("周童", ("党工委书记",), 1),), ("后川", "三里桥")))

    monkeypatch.setattr(dialogs.PreferencesDialog, "ask", classmethod(ask))
    window.actions_.prefs.trigger()
    settle(window)
    roster = desk_call(window, settle, lambda desk: desk.store.roster())
    words = desk_call(window, settle, lambda desk: [t.word for t in desk.terms("protect")])
    assert [p.name for p in roster] == ["周童"] and sorted(words) == ["三里桥", "后川"]
    assert "已保存" in window.statusBar().currentMessage()
