"""Preferences: language and the editor's look, store location, default series and template, conversion
defaults; with the store open, also the leaders' roster and the protected terms."""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from jianbao.gui.settings import LANGUAGES, SCRIPTS, Prefs
from jianbao.models import Person

TITLE_SEPARATORS = "、，,;；"


@dataclass(frozen=True)
class StoreLists:
    """What the store keeps for every editor: the leaders' roster and the protected words."""

    roster: tuple[Person, ...] = ()
    protected: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrefsChoice:
    prefs: Prefs
    lists: StoreLists | None = None


def split_titles(text: str) -> tuple[str, ...]:
    parts = [text]
    for sep in TITLE_SEPARATORS:
        parts = [p for chunk in parts for p in chunk.split(sep)]
    return tuple(p.strip() for p in parts if p.strip())


class PreferencesDialog(QDialog):
    """`ask(parent, prefs, lists)` returns a PrefsChoice (lists None when the store was not open) or None."""

    def __init__(self, parent: QWidget | None, prefs: Prefs, lists: StoreLists | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("首选项"))
        self._prefs = prefs
        self._has_lists = lists is not None
        tabs = QTabWidget(self)
        tabs.addTab(self._general(prefs), self.tr("常规"))
        tabs.addTab(self._conversion(prefs), self.tr("转换"))
        tabs.addTab(self._inbox(prefs), self.tr("收稿与统计"))
        if lists is not None:
            tabs.addTab(self._roster(lists.roster), self.tr("领导名单"))
            tabs.addTab(self._terms(lists.protected), self.tr("专有词"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(620, 480)

    # -- tabs -----------------------------------------------------------------------------
    def _general(self, prefs: Prefs) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        names = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(prefs.language))
        self.font_size = QSpinBox(page)
        self.font_size.setRange(9, 32)
        self.font_size.setValue(prefs.body_font_size)
        self.font_size.setSuffix(" pt")
        self.spacing = QSpinBox(page)
        self.spacing.setRange(100, 250)
        self.spacing.setSingleStep(10)
        self.spacing.setValue(prefs.line_spacing)
        self.spacing.setSuffix(" %")
        self.store_path = QLineEdit(prefs.store_path, page)
        self.store_path.setPlaceholderText(self.tr("默认位置（用户数据文件夹）"))
        self.store_path.setToolTip(self.tr("本机资料库文件，或共用资料库 postgresql://用户@主机:端口/库名；"
                                           "地址中的密码不会写入设置文件（有系统钥匙串时存入钥匙串）"))
        self.editor_name = QLineEdit(prefs.editor_name, page)
        self.editor_name.setObjectName("editorName")
        self.editor_name.setPlaceholderText(self.tr("电脑的用户名"))
        self.editor_name.setToolTip(self.tr("本机资料库的修订记录署这个名字；共用资料库上署登录账号，"
                                            "其他编辑看到“××正在编辑”时用这个名字"))
        self.default_series = QLineEdit(prefs.default_series, page)
        self.default_series.setPlaceholderText(self.tr("如：开发区资讯"))
        self.template = QLineEdit(prefs.template, page)
        self.template.setPlaceholderText(self.tr("默认模板（GB/T 9704 版式）"))
        form = QFormLayout(page)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("正文字号"), self.font_size)
        form.addRow(self.tr("正文行距"), self.spacing)
        form.addRow(self.tr("资料库位置"), self._with_button(self.store_path, self._pick_store))
        form.addRow(self.tr("编辑署名"), self.editor_name)
        form.addRow(self.tr("默认简报名称"), self.default_series)
        form.addRow(self.tr("Word 模板"), self._with_button(self.template, self._pick_template))
        note = QLabel(self.tr("界面语言和资料库位置在重新启动后生效。"), page)
        note.setStyleSheet("color: #666;")
        form.addRow("", note)
        return page

    def _with_button(self, edit: QLineEdit, slot: object) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("选择…"), self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return row

    def _conversion(self, prefs: Prefs) -> QWidget:
        from jianbao.gui.convert_preview import target_name

        page = QWidget(self)
        self.convert_to = QComboBox(page)
        for code in SCRIPTS:
            self.convert_to.addItem(target_name(code), code)
        self.convert_to.setCurrentIndex(max(self.convert_to.findData(prefs.convert_to), 0))
        self.convert_phrases = QCheckBox(self.tr("同时转换词语（如 软件 ↔ 軟體）"), page)
        self.convert_phrases.setChecked(prefs.convert_phrases)
        form = QFormLayout(page)
        form.addRow(self.tr("默认转换为"), self.convert_to)
        form.addRow("", self.convert_phrases)
        return page

    def _inbox(self, prefs: Prefs) -> QWidget:
        page = QWidget(self)
        self.inbox_folder = QLineEdit(prefs.inbox_folder, page)
        self.inbox_folder.setObjectName("inboxFolder")
        self.inbox_folder.setPlaceholderText(self.tr("不使用收稿箱"))
        self.points = QDoubleSpinBox(page)
        self.points.setObjectName("adoptionPoints")
        self.points.setRange(0, 1000)
        self.points.setDecimals(1)
        self.points.setValue(prefs.adoption_points)
        self.points.setSpecialValueText(self.tr("不计分"))
        form = QFormLayout(page)
        form.addRow(self.tr("收稿文件夹"), self._with_button(self.inbox_folder, self._pick_inbox))
        form.addRow(self.tr("每篇采用计分"), self.points)
        note = QLabel(self.tr("各单位放入收稿文件夹的稿件会出现在主窗口的“收稿箱”中，到达即计为该单位报送；"
                              "Jianbao 只读取这些文件，从不移动或删除。"), page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow("", note)
        return page

    def _pick_inbox(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("收稿文件夹"), self.inbox_folder.text())
        if folder:
            self.inbox_folder.setText(folder)

    def _roster(self, roster: tuple[Person, ...]) -> QWidget:
        page = QWidget(self)
        self.roster = QTableWidget(0, 3, page)
        self.roster.setObjectName("rosterTable")
        self.roster.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("职务（顿号分隔）"), self.tr("排序")])
        self.roster.verticalHeader().setVisible(False)
        self.roster.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for p in sorted(roster, key=lambda p: (p.rank, p.name)):
            self.add_person(p)
        add = QPushButton(self.tr("添加"), page)
        remove = QPushButton(self.tr("删除"), page)
        add.clicked.connect(lambda: self.add_person(Person("", (), self._next_rank())))
        remove.clicked.connect(lambda: self.roster.removeRow(self.roster.currentRow()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("校对时按此核对领导姓名、职务和排名先后（排序数小者在前）。"), page), 1)
        row.addWidget(add)
        row.addWidget(remove)
        col = QVBoxLayout(page)
        col.addWidget(self.roster, 1)
        col.addLayout(row)
        return page

    def _next_rank(self) -> int:
        ranks = [self._rank(r) for r in range(self.roster.rowCount())]
        return max(ranks, default=0) + 10

    def _rank(self, row: int) -> int:
        item = self.roster.item(row, 2)
        try:
            return int(item.text()) if item is not None else 100
        except ValueError:
            return 100

    def add_person(self, person: Person) -> None:
        row = self.roster.rowCount()
        self.roster.insertRow(row)
        for col, text in enumerate((person.name, "、".join(person.titles), str(person.rank))):
            item = QTableWidgetItem(text)
            if col == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.roster.setItem(row, col, item)

    def _terms(self, protected: tuple[str, ...]) -> QWidget:
        page = QWidget(self)
        self.terms = QListWidget(page)
        self.terms.setObjectName("protectedTerms")
        self.terms.addItems(list(protected))
        self.new_term = QLineEdit(page)
        self.new_term.setPlaceholderText(self.tr("人名、地名等转换时不可改动的词"))
        add = QPushButton(self.tr("添加"), page)
        remove = QPushButton(self.tr("删除"), page)
        add.clicked.connect(self.add_term)
        self.new_term.returnPressed.connect(self.add_term)
        remove.clicked.connect(lambda: self.terms.takeItem(self.terms.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.new_term, 1)
        row.addWidget(add)
        row.addWidget(remove)
        col = QVBoxLayout(page)
        col.addWidget(QLabel(self.tr("专有词在繁简转换时保持原样（如 后川、三里桥）。"), page))
        col.addWidget(self.terms, 1)
        col.addLayout(row)
        return page

    def add_term(self) -> None:
        word = self.new_term.text().strip()
        if word and not self.terms.findItems(word, Qt.MatchFlag.MatchExactly):
            self.terms.addItem(word)
        self.new_term.clear()

    # -- pickers --------------------------------------------------------------------------
    def _pick_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("资料库文件"), self.store_path.text(),
                                              self.tr("Jianbao 资料库 (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.store_path.setText(path)

    def _pick_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 Word 模板"), self.template.text(),
                                              self.tr("Word 文档 (*.docx)"))
        if path:
            self.template.setText(path)

    # -- results --------------------------------------------------------------------------
    def prefs(self) -> Prefs:
        return replace(self._prefs, language=self.language.currentData(), body_font_size=self.font_size.value(),
                       line_spacing=self.spacing.value(), store_path=self.store_path.text().strip(),
                       editor_name=self.editor_name.text().strip(),
                       default_series=self.default_series.text().strip(), template=self.template.text().strip(),
                       convert_to=self.convert_to.currentData(), convert_phrases=self.convert_phrases.isChecked(),
                       inbox_folder=self.inbox_folder.text().strip(), adoption_points=self.points.value())

    def lists(self) -> StoreLists | None:
        if not self._has_lists:
            return None
        people = []
        for r in range(self.roster.rowCount()):
            name = (self.roster.item(r, 0).text() if self.roster.item(r, 0) else "").strip()
            titles = split_titles(self.roster.item(r, 1).text() if self.roster.item(r, 1) else "")
            if name and titles:  # the roster is of leaders with titles; a name alone checks nothing
                people.append(Person(name, titles, self._rank(r)))
        words = [self.terms.item(k).text() for k in range(self.terms.count())]
        return StoreLists(tuple(people), tuple(dict.fromkeys(words)))

    @classmethod
    def ask(cls, parent: QWidget | None, prefs: Prefs, lists: StoreLists | None = None) -> PrefsChoice | None:
        dlg = cls(parent, prefs, lists)
        return PrefsChoice(dlg.prefs(), dlg.lists()) if dlg.exec() == QDialog.DialogCode.Accepted else None
