"""The inbox (收稿箱) core: files in a folder recorded once with their submitting unit, never moved or changed;
an import records the unit on its articles; adoption counts a submission as 报送 on arrival and as 采用 once its
article is in an issue; the table as .xlsx."""
from __future__ import annotations

import hashlib
import shutil

import pytest

from conftest import FIXTURES
from jianbao.desk.inbox import inbox_files, unit_from_name
from jianbao.errors import DuplicateImportError

ARTICLE = ("【工作动态】{title}\n1月{day}日，{unit}组织召开专题会议，研究部署近期重点工作，要求各部门压实责任、"
           "狠抓落实，确保各项工作按期完成。会议还通报了上月工作完成情况。{closing}")


def write(folder, name, title, day, unit="开发区经济发展部", closing="（开发区经济发展部）"):
    path = folder / name
    path.write_text(ARTICLE.format(title=title, day=day, unit=unit, closing=closing), "utf-8")
    return path


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "收稿箱"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("name, unit", [
    ("【向阳街道办事处】元旦安全检查.docx", "向阳街道办事处"),
    ("经济发展部-项目谋劃培训会.doc", "经济发展部"),
    ("关于召开会议的信息（开发区团工委）.txt", "开发区团工委"),
    ("2024年1月工作动态.pdf", ""),
    ("向阳街道.docx", "向阳街道"),
])
def test_a_file_name_tells_the_unit(name, unit):
    assert unit_from_name(name) == unit


def test_a_known_unit_in_the_name_wins_and_a_short_name_takes_its_full_spelling():
    assert unit_from_name("三门峡日报开发区记者站稿件.txt", known=["三门峡日报开发区记者站"]) == "三门峡日报开发区记者站"
    known = ["開發區經濟發展部", "开发区团工委"]
    assert unit_from_name("经济发展部-培训会.docx", known) == "開發區經濟發展部"   # the store's one unit it ends
    assert unit_from_name("【开发区团工委】联谊会.txt", known) == "开发区团工委"
    assert unit_from_name("【财政部】通知.txt", known) == "财政部"                 # unknown: as the name has it


def test_three_submissions_are_recorded_once_with_their_units_and_the_files_stay(desk, inbox):
    import docx

    write(inbox, "【向阳街道办事处】安全检查.txt", "向阳街道开展安全生产检查", 3, "向阳街道", "")
    write(inbox, "项目培训会.txt", "经济发展部召开项目谋划培训会", 4)
    document = docx.Document()
    document.add_paragraph("【文明实践】开展爱河护河志愿活动")
    document.add_paragraph("1月6日上午，组织党员志愿者沿河道清理垃圾，宣传河道保护知识，四十余名党员参加活动。")
    document.core_properties.author = "张三"
    document.save(inbox / "志愿活动.docx")
    _set_company(inbox / "志愿活动.docx", "开发区团工委")
    (inbox / "~$志愿活动.docx").write_bytes(b"owner file")   # Word's lock file is no submission
    before = {p.name: p.read_bytes() for p in inbox.iterdir()}

    scan = desk.scan_inbox(inbox)
    units = {s.name: (s.unit, s.unit_source) for s in scan.arrived}
    assert units == {"【向阳街道办事处】安全检查.txt": ("向阳街道办事处", "name"),
                     "项目培训会.txt": ("开发区经济发展部", "attribution"),
                     "志愿活动.docx": ("开发区团工委", "metadata")}
    assert scan.changed.submissions and desk.scan_inbox(inbox).arrived == ()
    assert {s.title for s in desk.submissions()} >= {"向阳街道开展安全生产检查", "开展爱河护河志愿活动"}
    assert {p.name: p.read_bytes() for p in inbox.iterdir()} == before   # nothing moved, renamed or written
    assert [p.name for p in inbox_files(inbox)] == sorted(units)


def _set_company(path, company):
    """Give a .docx an app.xml naming its company (as Word and WPS write it)."""
    import zipfile

    data = {i.filename: zipfile.ZipFile(path).read(i) for i in zipfile.ZipFile(path).infolist()}
    data["docProps/app.xml"] = (f'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
                                f'officeDocument/2006/extended-properties"><Company>{company}</Company></Properties>').encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in data.items():
            zf.writestr(name, content)


def test_a_file_changed_before_import_replaces_its_row_and_keeps_the_editors_unit(desk, inbox):
    path = write(inbox, "稿件.txt", "第一稿", 3)
    first = desk.scan_inbox(inbox).arrived[0]
    desk.set_submission_unit(first.id, "开发区团工委")
    write(inbox, "稿件.txt", "第二稿", 4)
    again = desk.scan_inbox(inbox).arrived[0]
    assert (again.id, again.unit, again.unit_source, again.title) == (first.id, "开发区团工委", "editor", "第二稿")
    assert again.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and len(desk.submissions()) == 1


def test_importing_a_submission_records_its_unit_and_never_twice(desk, inbox):
    path = write(inbox, "向阳街道办事处-检查.txt", "向阳街道开展安全生产检查", 3, "向阳街道", "")
    submission = desk.scan_inbox(inbox).arrived[0]
    result = desk.import_file(path)
    assert result.changed.submissions
    assert desk.article(result.article_ids[0]).units == ("向阳街道办事处",)
    assert desk.store.submission(submission.id).bulletin_id == result.bulletin_id
    with pytest.raises(DuplicateImportError):
        desk.import_file(path)
    assert desk.scan_inbox(inbox).arrived == ()
    shutil.copy(path, inbox / "同一文件的副本.txt")             # the same content under another name
    assert desk.scan_inbox(inbox).arrived == ()


def test_adoption_counts_a_submission_on_arrival_and_its_article_once_in_an_issue(desk, inbox):
    write(inbox, "【向阳街道办事处】检查.txt", "向阳街道开展安全生产检查", 3, "向阳街道", "")
    write(inbox, "【开发区团工委】联谊会.txt", "团工委举办元旦联谊会", 5, "团工委", "")
    desk.scan_inbox(inbox)
    table = desk.adoption_stats(points=2)
    assert dict(zip(table.labels, table.values)) == {"向阳街道办事处": (1, 0), "开发区团工委": (1, 0)}
    assert table.headers() == ("报送单位", "报送", "采用", "采用率", "计分")
    path = next(p for p in inbox_files(inbox) if "向阳" in p.name)
    imported = desk.import_file(path)
    desk.create_issue("开发区资讯", article_ids=imported.article_ids, date="2024-01-08")
    table = desk.adoption_stats(points=2)
    assert dict(zip(table.labels, table.values)) == {"向阳街道办事处": (1, 1), "开发区团工委": (1, 0)}
    assert table.rows()[0] == ("向阳街道办事处", "1", "1", "100%", "2")
    assert table.rows()[-1] == ("合计", "2", "1", "50%", "2")


def test_the_adoption_table_as_xlsx_opens_again_with_its_cells(desk, inbox, tmp_path):
    from openpyxl import load_workbook

    write(inbox, "【向阳街道办事处】检查.txt", "向阳街道开展安全生产检查", 3, "向阳街道", "")
    imported = desk.import_file(desk.scan_inbox(inbox).arrived[0].path)
    desk.create_issue("开发区资讯", article_ids=imported.article_ids, date="2024-01-08")
    out = desk.write_stats_table(desk.adoption_stats(points=1.5), tmp_path / "采用.xlsx")
    sheet = load_workbook(out).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells == [["报送单位", "报送", "采用", "采用率", "计分"],
                     ["向阳街道办事处", 1, 1, 1.0, 1.5],
                     ["合计", 1, 1, 1.0, 1.5]]
    assert sheet.cell(2, 4).number_format == "0%" and sheet.title == "各单位报送与采用情况"


def test_a_store_of_schema_6_gains_an_empty_inbox(tmp_path):
    from jianbao.store import Store

    shutil.copy(FIXTURES / "stores" / "jianbao-v6.db", tmp_path / "old.db")
    with Store(tmp_path / "old.db") as store:
        assert store.submissions() == [] and store.search("周童") == [1]


def test_the_inbox_on_a_postgresql_store(pg_url, inbox):
    """The same operations on an office's shared store: recorded once, imported with the unit, counted."""
    from jianbao.desk import Desk

    write(inbox, "【向阳街道办事处】检查.txt", "向阳街道开展安全生产检查", 3, "向阳街道", "")
    with Desk(pg_url) as desk:
        arrived = desk.scan_inbox(inbox).arrived
        assert [s.unit for s in arrived] == ["向阳街道办事处"] and desk.scan_inbox(inbox).arrived == ()
        table = desk.adoption_stats()
        assert dict(zip(table.labels, table.values)) == {"向阳街道办事处": (1, 0)}
        imported = desk.import_file(arrived[0].path)
        assert desk.store.submission(arrived[0].id).bulletin_id == imported.bulletin_id
        assert desk.article(imported.article_ids[0]).units == ("向阳街道办事处",)
