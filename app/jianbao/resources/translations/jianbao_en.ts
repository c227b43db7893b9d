<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>在列表中选择一篇文章进行编辑</source>
        <translation>Select an article in the list to edit it</translation>
    </message>
    <message>
        <source>恢复自动保存的草稿</source>
        <translation>Restore autosaved draft</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>修改标题</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>修改{0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原文日期</source>
        <translation>Date as written</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>Editor&apos;s note</translation>
    </message>
    <message>
        <source>编辑正文</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <translation>Revision {0}</translation>
    </message>
    <message>
        <source>更新于 {0}</source>
        <translation>updated {0}</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>（草稿已自动保存 {0}）</source>
        <translation> (draft autosaved at {0})</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存《{0}》第 {1} 版</source>
        <translation>Saved “{0}”, revision {1}</translation>
    </message>
    <message>
        <source>已采用对方的版本；你的版本已复制到剪贴板，可粘贴找回</source>
        <translation>Took their version; yours was copied to the clipboard, paste it to get it back</translation>
    </message>
    <message>
        <source>正在根据编辑的选择更新自动分类…</source>
        <translation>Updating automatic classification from your choices…</translation>
    </message>
    <message>
        <source>已恢复为旧版本（保存为第 {0} 版）</source>
        <translation>Old revision restored (saved as revision {0})</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>（无栏目）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>{0} 正在编辑</source>
        <translation>{0} is editing</translation>
    </message>
    <message>
        <source>栏目待定：自动分类把握不大，请编辑确认</source>
        <translation>Category undecided: the classifier is unsure, please confirm</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>这段时间没有数据</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>组期</source>
        <translation>Compose issue</translation>
    </message>
    <message>
        <source>新建一期</source>
        <translation>New issue</translation>
    </message>
    <message>
        <source>审定并锁定</source>
        <translation>Approve and lock</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>校对整期</source>
        <translation>Proofread issue</translation>
    </message>
    <message>
        <source>转换整期…</source>
        <translation>Convert issue…</translation>
    </message>
    <message>
        <source>导出 Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <source>期：</source>
        <translation>Issue:</translation>
    </message>
    <message>
        <source>把左边的文章拖到这里（或选中后点“加入本期”），拖动调整顺序；可新建栏目，双击栏目改名。</source>
        <translation>Drag articles here from the left (or select them and click “Add to issue”); drag to reorder. Add sections; double-click a section to rename it.</translation>
    </message>
    <message>
        <source>新建栏目</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>按栏目分组</source>
        <translation>Group by category</translation>
    </message>
    <message>
        <source>按文章的栏目分成几组，栏目名作为小标题</source>
        <translation>Group the articles by their categories, with the category names as section headings</translation>
    </message>
    <message>
        <source>上移一篇（选中栏目时移动整个栏目）</source>
        <translation>Move up (a selected section moves as a whole)</translation>
    </message>
    <message>
        <source>下移一篇（选中栏目时移动整个栏目）</source>
        <translation>Move down (a selected section moves as a whole)</translation>
    </message>
    <message>
        <source>移出本期</source>
        <translation>Remove from issue</translation>
    </message>
    <message>
        <source>新栏目</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>{0} {1}年第{2}期</source>
        <translation>{0} {1}, no. {2}</translation>
    </message>
    <message>
        <source>（新的一期，尚未保存）</source>
        <translation>(new issue, not saved yet)</translation>
    </message>
    <message>
        <source>简报</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>本期已审定锁定，先解锁才能加入文章</source>
        <translation>This issue is approved and locked; unlock it to add articles</translation>
    </message>
    <message>
        <source>签发本期</source>
        <translation>Sign off this issue</translation>
    </message>
    <message>
        <source>签发后本期仍然锁定，可以导出印发。</source>
        <translation>Once signed off the issue stays locked, ready to export and print.</translation>
    </message>
    <message>
        <source>解锁本期</source>
        <translation>Unlock issue</translation>
    </message>
    <message>
        <source>本期已审定。解锁后可以再修改，修改完请重新审定。</source>
        <translation>This issue is approved. Unlocking lets you change it again; approve it again when you are done.</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>只有审核人可以审定、签发或解锁一期</source>
        <translation>Only a reviewer may approve, sign off or unlock an issue</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>审定本期</source>
        <translation>Approve issue</translation>
    </message>
    <message>
        <source>本期还有：
{0}

仍要审定并锁定吗？</source>
        <translation>This issue still has:
{0}

Approve and lock it anyway?</translation>
    </message>
    <message>
        <source>已签发（已锁定）</source>
        <translation>Signed off (locked)</translation>
    </message>
    <message>
        <source>已审定（已锁定）</source>
        <translation>Approved (locked)</translation>
    </message>
    <message>
        <source>编辑中</source>
        <translation>Being edited</translation>
    </message>
    <message>
        <source>组期 — {0} {1}年第{2}期</source>
        <translation>Compose — {0} {1}, no. {2}</translation>
    </message>
    <message>
        <source>新的一期（加入文章后保存）</source>
        <translation>New issue (saved once it has articles)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>文章已在别处修改</source>
        <translation>Article changed elsewhere</translation>
    </message>
    <message>
        <source>另一位编辑</source>
        <translation>another editor</translation>
    </message>
    <message>
        <source>《{0}》在你编辑期间已由 {1} 保存为第 {2} 版（{3}）。下面是两个版本不同的地方：</source>
        <translation>“{0}” was saved by {1} as revision {2} ({3}) while you were editing it. Where the two versions differ:</translation>
    </message>
    <message>
        <source>红色为只有对方版本有的文字，绿色为只有你的版本有的文字。保留我的修改：你改过的字段覆盖对方的，对方的版本仍在历史版本中；采用对方版本：你的版本复制到剪贴板，可随时粘贴找回。</source>
        <translation>Red: text only their version has; green: text only yours has. Keep mine: the fields you changed overwrite theirs, and their version stays in the history. Take theirs: your version is copied to the clipboard, ready to paste back.</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>采用对方版本</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>稍后决定</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>对方保存的版本（第 {0} 版 · {1}）</source>
        <translation>Their saved version (revision {0} · {1})</translation>
    </message>
    <message>
        <source>我未保存的版本</source>
        <translation>My unsaved version</translation>
    </message>
    <message>
        <source>（你未改动此项：保留我的修改时也用对方的）</source>
        <translation>(you did not change this: Keep mine keeps theirs here too)</translation>
    </message>
</context>
<context>
    <name>ConvertPreviewDialog</name>
    <message>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>繁体（OpenCC 标准）</source>
        <translation>Traditional (OpenCC standard)</translation>
    </message>
    <message>
        <source>繁体（台湾）</source>
        <translation>Traditional (Taiwan)</translation>
    </message>
    <message>
        <source>繁体（香港）</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <source>转换预览：选中的文字</source>
        <translation>Conversion preview: selected text</translation>
    </message>
    <message>
        <source>转换预览：{0} 篇文章</source>
        <translation>Conversion preview: {0} articles</translation>
    </message>
    <message>
        <source>同时转换词语（如 软件 ↔ 軟體、信息 ↔ 資訊）</source>
        <translation>Convert phrases too (e.g. 软件 ↔ 軟體, 信息 ↔ 資訊)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffe98a&apos;&gt;&amp;nbsp;黄底&amp;nbsp;&lt;/span&gt; 已转换&#x3000;&lt;span style=&apos;background:#ff9f8f&apos;&gt;&lt;b&gt;&lt;u&gt;&amp;nbsp;红底&amp;nbsp;&lt;/u&gt;&lt;/b&gt;&lt;/span&gt; 一字多义或保护规则处理过，请人工确认（悬停看原因）</source>
        <translation>&lt;span style=&apos;background:#ffe98a&apos;&gt;&amp;nbsp;yellow&amp;nbsp;&lt;/span&gt; converted&#x3000;&lt;span style=&apos;background:#ff9f8f&apos;&gt;&lt;b&gt;&lt;u&gt;&amp;nbsp;red&amp;nbsp;&lt;/u&gt;&lt;/b&gt;&lt;/span&gt; one-to-many or guarded: please confirm (hover for the reason)</translation>
    </message>
    <message>
        <source>转换为</source>
        <translation>To</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>只列待确认的</source>
        <translation>Only those to confirm</translation>
    </message>
    <message>
        <source>保护这个词（不转换）</source>
        <translation>Protect this word (keep it as is)</translation>
    </message>
    <message>
        <source>把左边选中的文字（或所选改动所在的词）加入专有词表，以后转换时保持原样</source>
        <translation>Add the text selected on the left (or the word of the chosen change) to the protected terms; conversions will keep it as written</translation>
    </message>
    <message>
        <source>应用转换</source>
        <translation>Apply conversion</translation>
    </message>
    <message>
        <source>正在转换…</source>
        <translation>Converting…</translation>
    </message>
    <message>
        <source>选中的文字</source>
        <translation>Selected text</translation>
    </message>
    <message>
        <source>{0}
{1} 处改动，{2} 处待确认</source>
        <translation>{0}
{1} changes, {2} to confirm</translation>
    </message>
    <message>
        <source>共 {0} 处改动，其中 {1} 处待确认（红底）。确认无误后点“应用转换”；应用后可用“编辑 → 撤销转换”一步恢复。</source>
        <translation>{0} changes, {1} of them to confirm (red). Click “Apply conversion” when they are right; “Edit → Undo conversion” reverts it in one step.</translation>
    </message>
    <message>
        <source>按词语“{0}”</source>
        <translation>by the word “{0}”</translation>
    </message>
    <message>
        <source>先在左边选中要保护的词，或在下面的列表里选一处改动</source>
        <translation>First select the word to protect on the left, or choose a change in the list below</translation>
    </message>
    <message>
        <source>已把“{0}”加入专有词，转换时保持原样。</source>
        <translation>“{0}” added to the protected terms; conversions keep it as written. </translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>恢复未保存的修改</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>{0}（自动保存于 {1}）</source>
        <translation>{0} (autosaved {1})</translation>
    </message>
    <message>
        <source>打开并恢复</source>
        <translation>Open and restore</translation>
    </message>
    <message>
        <source>全部丢弃</source>
        <translation>Discard all</translation>
    </message>
    <message>
        <source>稍后处理</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>上次关闭前有文章的修改没有保存，已自动保存为草稿：</source>
        <translation>Some edits were not saved before Jianbao last closed; they were autosaved as drafts:</translation>
    </message>
</context>
<context>
    <name>EditorNotice</name>
    <message>
        <source>比较两个版本…</source>
        <translation>Compare both versions…</translation>
    </message>
    <message>
        <source>✎ {0} 正在编辑</source>
        <translation>✎ {0} is editing</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出：{0}</source>
        <translation>Export: {0}</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>保持原样</source>
        <translation>As stored</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <source>繁体（台湾）</source>
        <translation>Traditional (Taiwan)</translation>
    </message>
    <message>
        <source>繁体（香港）</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <source>Word 文档（.docx，付印）</source>
        <translation>Word document (.docx, for print)</translation>
    </message>
    <message>
        <source>PDF（与 Word 同样的页面，嵌入字体）</source>
        <translation>PDF (the Word pages, fonts embedded)</translation>
    </message>
    <message>
        <source>公众号 HTML（只用行内样式）</source>
        <translation>WeChat HTML (inline styles only)</translation>
    </message>
    <message>
        <source>纯文本（网站发布）</source>
        <translation>Plain text (for a website)</translation>
    </message>
    <message>
        <source>默认模板（GB/T 9704 版式）</source>
        <translation>Default template (GB/T 9704 layout)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>印“本期要目”</source>
        <translation>Print the contents (本期要目)</translation>
    </message>
    <message>
        <source>同时生成 PDF（用 LibreOffice 转换）</source>
        <translation>Also make a PDF (with LibreOffice)</translation>
    </message>
    <message>
        <source>没有找到 LibreOffice（soffice），无法生成 PDF</source>
        <translation>LibreOffice (soffice) was not found, so no PDF can be made</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出为</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>选择 Word 模板</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>请填写要导出的文件名</source>
        <translation>Please enter the file to export to</translation>
    </message>
    <message>
        <source>文件夹不存在：{0}</source>
        <translation>The folder does not exist: {0}</translation>
    </message>
    <message>
        <source>找不到模板：{0}</source>
        <translation>Template not found: {0}</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出：
{0}</source>
        <translation>Exported:
{0}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>检索标题和正文（两个字即可，简繁通查）</source>
        <translation>Search titles and bodies (two characters are enough; Simplified finds Traditional)</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>简繁不限</source>
        <translation>Any script</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>只看栏目待定</source>
        <translation>Undecided only</translation>
    </message>
    <message>
        <source>日期不限</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>全部栏目</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>欢迎使用简报</source>
        <translation>Welcome to Jianbao</translation>
    </message>
    <message>
        <source>资料库还是空的。要先打开随附的样例简报（开发区资讯 2024 年 1 月，20 篇）看看吗？</source>
        <translation>The store is empty. Open the sample bulletin that comes with Jianbao (开发区资讯, January 2024, 20 articles)?</translation>
    </message>
    <message>
        <source>以后可以随时粘贴简报（Ctrl+Shift+V）、打开文件（Ctrl+O）或把文件拖进窗口。</source>
        <translation>You can always paste a bulletin (Ctrl+Shift+V), open files (Ctrl+O) or drop files on the window.</translation>
    </message>
    <message>
        <source>打开样例</source>
        <translation>Open sample</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>先在列表中选择要转换的文章</source>
        <translation>First select the articles to convert in the list</translation>
    </message>
    <message>
        <source>转换为{0}（{1} 篇）</source>
        <translation>Convert to {0} ({1} articles)</translation>
    </message>
    <message>
        <source>已转换为{0}：{1} 篇；“编辑 → 撤销转换”可一步恢复</source>
        <translation>Converted to {0}: {1} articles; “Edit → Undo conversion” reverts it in one step</translation>
    </message>
    <message>
        <source>先在正文中选中要转换的文字</source>
        <translation>First select the text to convert in the body</translation>
    </message>
    <message>
        <source>{0} {1}年第{2}期</source>
        <translation>{0} {1}, no. {2}</translation>
    </message>
    <message>
        <source>写 Word 文档</source>
        <translation>Writing the Word document</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>用 LibreOffice 生成 PDF</source>
        <translation>Making the PDF with LibreOffice</translation>
    </message>
    <message>
        <source>已导出 {0}</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <source>正在导出</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>界面语言和资料库位置将在重新启动后生效</source>
        <translation>The interface language and the store location change after a restart</translation>
    </message>
    <message>
        <source>领导名单和专有词已保存</source>
        <translation>Leaders&apos; roster and protected terms saved</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>剪贴板里没有可导入的文字</source>
        <translation>There is no text on the clipboard to import</translation>
    </message>
    <message>
        <source>正在读取 {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>正在分析粘贴的文字…</source>
        <translation>Analysing the pasted text…</translation>
    </message>
    <message>
        <source>粘贴（网页）</source>
        <translation>Paste (web page)</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>重复导入</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>{0}

仍要再导入一份吗？</source>
        <translation>{0}

Import another copy anyway?</translation>
    </message>
    <message>
        <source>再导入一份</source>
        <translation>Import again</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>已导入 {0} 篇文章</source>
        <translation>Imported {0} articles</translation>
    </message>
    <message>
        <source>导入完成：{0} 个文件共 {1} 篇文章</source>
        <translation>Import finished: {0} files, {1} articles</translation>
    </message>
    <message>
        <source>；已取消，其余 {0} 个文件未导入</source>
        <translation>; cancelled, {0} files not imported</translation>
    </message>
    <message>
        <source>{0} 个文件未能导入：</source>
        <translation>{0} files could not be imported:</translation>
    </message>
    <message>
        <source>正在导入 {0} 个文件</source>
        <translation>Importing {0} files</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <source>收稿箱</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>到达时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>双击单位可修改；双击其他列或按回车，打开拆分预览</source>
        <translation>Double-click the unit to change it; double-click elsewhere or press Enter to open the split preview</translation>
    </message>
    <message>
        <source>收稿箱收到 {0} 份来稿</source>
        <translation>{0} new submission(s) in the inbox</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>IssueActions</name>
    <message>
        <source>新建一期(&amp;N)</source>
        <translation>&amp;New issue</translation>
    </message>
    <message>
        <source>在组期窗口中开始新的一期（期号、日期自动建议）</source>
        <translation>Start a new issue in the composer (number and date proposed)</translation>
    </message>
    <message>
        <source>组期窗口(&amp;C)</source>
        <translation>&amp;Compose issue</translation>
    </message>
    <message>
        <source>加入本期(&amp;A)</source>
        <translation>&amp;Add to issue</translation>
    </message>
    <message>
        <source>把列表中选中的文章加到组期窗口里的这一期</source>
        <translation>Add the articles selected in the list to the issue in the composer</translation>
    </message>
    <message>
        <source>导出本期(&amp;E)…</source>
        <translation>&amp;Export issue…</translation>
    </message>
    <message>
        <source>复制为公众号格式(&amp;W)</source>
        <translation>Copy for &amp;WeChat</translation>
    </message>
    <message>
        <source>把本期以公众号可用的格式（只用行内样式）复制到剪贴板</source>
        <translation>Copy this issue to the clipboard in a form the WeChat editor takes (inline styles only)</translation>
    </message>
    <message>
        <source>转换文章(&amp;T)…</source>
        <translation>Conver&amp;t articles…</translation>
    </message>
    <message>
        <source>繁简转换：列表中选中的文章（或正在编辑的一篇），先预览再应用</source>
        <translation>Traditional/Simplified conversion of the articles selected in the list (or the one being edited): preview, then apply</translation>
    </message>
    <message>
        <source>转换选中的文字…</source>
        <translation>Convert selected text…</translation>
    </message>
    <message>
        <source>校对本篇(&amp;P)</source>
        <translation>&amp;Proofread article</translation>
    </message>
    <message>
        <source>校对整期</source>
        <translation>Proofread issue</translation>
    </message>
    <message>
        <source>统计(&amp;S)…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>撤销转换/校对修改</source>
        <translation>Undo conversion/proofreading fixes</translation>
    </message>
    <message>
        <source>把上一次批量转换或采纳的校对修改恢复原样（保存为新版本）</source>
        <translation>Put back the text from before the last conversion or accepted fixes (saved as a new revision)</translation>
    </message>
    <message>
        <source>重做转换/校对修改</source>
        <translation>Redo conversion/proofreading fixes</translation>
    </message>
    <message>
        <source>期刊(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>撤销：{0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <source>重做：{0}</source>
        <translation>Redo: {0}</translation>
    </message>
    <message>
        <source>资料库尚未打开</source>
        <translation>The store is not open yet</translation>
    </message>
    <message>
        <source>先在列表中选择文章</source>
        <translation>First select articles in the list</translation>
    </message>
    <message>
        <source>先在组期窗口或侧栏中选择一期</source>
        <translation>First choose an issue in the composer or the sidebar</translation>
    </message>
    <message>
        <source>先打开一篇文章</source>
        <translation>First open an article</translation>
    </message>
    <message>
        <source>采纳校对修改（{0} 篇）</source>
        <translation>Accept proofreading fixes ({0} articles)</translation>
    </message>
    <message>
        <source>已采纳修改并保存为新版本；“编辑 → 撤销转换/校对修改”可恢复</source>
        <translation>Fixes accepted and saved as a new revision; “Edit → Undo conversion/proofreading fixes” reverts them</translation>
    </message>
</context>
<context>
    <name>IssueChecks</name>
    <message>
        <source>审定前请处理：</source>
        <translation>Before approval:</translation>
    </message>
    <message>
        <source>页数：加入文章后估算</source>
        <translation>Pages: estimated once there are articles</translation>
    </message>
    <message>
        <source>约 {0} 页（{1} 行、{2} 字，按每页 22 行 × 28 字估算）</source>
        <translation>About {0} pages ({1} lines, {2} characters; estimated at 22 lines × 28 characters a page)</translation>
    </message>
    <message>
        <source>正在检查本期的重复稿件和校对问题</source>
        <translation>Checking the issue for duplicates and proofreading findings</translation>
    </message>
    <message>
        <source>{0} 篇未校对</source>
        <translation>{0} articles not proofread</translation>
    </message>
    <message>
        <source>{0} 处重复稿件</source>
        <translation>{0} duplicate articles</translation>
    </message>
    <message>
        <source>{0} 处校对问题未处理</source>
        <translation>{0} proofreading findings open</translation>
    </message>
    <message>
        <source>⚠ {0} 篇未校对：{1}</source>
        <translation>⚠ {0} articles not proofread: {1}</translation>
    </message>
    <message>
        <source>正在检查重复稿件和校对问题…</source>
        <translation>Checking for duplicates and proofreading findings…</translation>
    </message>
    <message>
        <source>⚠ 重复稿件《{0}》：{1}</source>
        <translation>⚠ Duplicate “{0}”: {1}</translation>
    </message>
    <message>
        <source>⚠ {0} 处校对问题未处理（{1}）——点“校对整期”逐条处理</source>
        <translation>⚠ {0} proofreading findings open ({1}) — click “Proofread issue” to go through them</translation>
    </message>
    <message>
        <source>✓ 没有发现问题，可以审定</source>
        <translation>✓ No problems found; ready for approval</translation>
    </message>
</context>
<context>
    <name>IssueConflict</name>
    <message>
        <source>简报名称</source>
        <translation>Bulletin name</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>总期号</source>
        <translation>Total number</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>编印单位</source>
        <translation>Compiling unit</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>Editor&apos;s note</translation>
    </message>
    <message>
        <source>本期要目</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>报</source>
        <translation>To</translation>
    </message>
    <message>
        <source>送</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>发</source>
        <translation>Distribute to</translation>
    </message>
    <message>
        <source>本期增发</source>
        <translation>Also sent to</translation>
    </message>
    <message>
        <source>印数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文章编排</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>{0} 篇</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <source>印</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>不印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <source>{0}：“{1}” → “{2}”</source>
        <translation>{0}: “{1}” → “{2}”</translation>
    </message>
    <message>
        <source>第{0}期在你修改期间已被别人保存（现为第 {1} 版），你的修改还没有保存。</source>
        <translation>Issue no. {0} was saved by someone else while you were changing it (now revision {1}); your changes are not saved yet.</translation>
    </message>
    <message>
        <source>对方改了：</source>
        <translation>They changed:</translation>
    </message>
    <message>
        <source>（只改了保存时间）</source>
        <translation>(only the time it was saved)</translation>
    </message>
    <message>
        <source>你的修改：</source>
        <translation>Your changes:</translation>
    </message>
    <message>
        <source>保留我的修改：在对方的版本上再保存你的修改。
采用对方的版本：载入对方的版本，你的修改复制到剪贴板。</source>
        <translation>Keep mine: save your changes again on top of their version.
Take theirs: load their version; your changes are copied to the clipboard.</translation>
    </message>
    <message>
        <source>本期已在别处修改</source>
        <translation>Issue changed elsewhere</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>采用对方的版本</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>如：开发区资讯</source>
        <translation>e.g. 开发区资讯</translation>
    </message>
    <message>
        <source>不印总期号</source>
        <translation>No running number</translation>
    </message>
    <message>
        <source>总期号 </source>
        <translation>Running no. </translation>
    </message>
    <message>
        <source>编印单位，印在报头左下</source>
        <translation>Compiling unit, printed below the masthead on the left</translation>
    </message>
    <message>
        <source>印“本期要目”</source>
        <translation>Print the contents (本期要目)</translation>
    </message>
    <message>
        <source>本期编者按（可不写）</source>
        <translation>Editor&apos;s note for this issue (optional)</translation>
    </message>
    <message>
        <source>不印份数</source>
        <translation>No print run</translation>
    </message>
    <message>
        <source>共印 </source>
        <translation>Print run </translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>报头</source>
        <translation>Masthead</translation>
    </message>
    <message>
        <source>简报名称</source>
        <translation>Bulletin name</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>编印单位</source>
        <translation>Compiling unit</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>Editor&apos;s note</translation>
    </message>
    <message>
        <source>版记</source>
        <translation>Closing band</translation>
    </message>
    <message>
        <source>报：</source>
        <translation>To (报):</translation>
    </message>
    <message>
        <source>送：</source>
        <translation>Copy (送):</translation>
    </message>
    <message>
        <source>发：</source>
        <translation>Distribution (发):</translation>
    </message>
    <message>
        <source>本期增发：</source>
        <translation>Also sent (本期增发):</translation>
    </message>
</context>
<context>
    <name>IssueTree</name>
    <message>
        <source>本期文章（拖动排序）</source>
        <translation>Articles in this issue (drag to reorder)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>（无栏目标题）</source>
        <translation>(no section heading)</translation>
    </message>
    <message>
        <source>{0} 篇</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>栏目标题：双击修改；留空则不印栏目标题</source>
        <translation>Section heading: double-click to edit; leave it empty to print none</translation>
    </message>
    <message>
        <source>（载入中…）</source>
        <translation>(loading…)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已校对</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>已审定</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <source>简繁混杂</source>
        <translation>Mixed scripts</translation>
    </message>
    <message>
        <source>原文标签</source>
        <translation>Tag in the source</translation>
    </message>
    <message>
        <source>自动分类</source>
        <translation>Classifier</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>编辑确定</source>
        <translation>Editor&apos;s choice</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>&lt;h2&gt;资料库里还没有文章&lt;/h2&gt;&lt;p&gt;把简报拿进来：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;复制简报全文后按 &lt;b&gt;Ctrl+Shift+V&lt;/b&gt; 粘贴（纯文本或网页均可）；&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+O&lt;/b&gt; 打开 .txt / .md / .docx / .html 文件（可一次选多个）；&lt;/li&gt;&lt;li&gt;或把文件直接拖进这个窗口。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;导入前会先显示拆分预览，可以调整每篇文章的起止和标题。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The store has no articles yet&lt;/h2&gt;&lt;p&gt;Bring a bulletin in:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;copy the whole bulletin and press &lt;b&gt;Ctrl+Shift+V&lt;/b&gt; (plain text or web page);&lt;/li&gt;&lt;li&gt;press &lt;b&gt;Ctrl+O&lt;/b&gt; to open .txt / .md / .docx / .html files (several at once);&lt;/li&gt;&lt;li&gt;or drop files on this window.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A split preview comes first: you can adjust where each article starts and ends, and its title.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>打开随附的样例简报</source>
        <translation>Open the sample bulletin</translation>
    </message>
    <message>
        <source>共 {0} 篇</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <source>没有符合条件的文章</source>
        <translation>No matching articles</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>与共享资料库的通知连接中断，正在重新连接…</source>
        <translation>Lost the shared store&apos;s change notices; reconnecting…</translation>
    </message>
    <message>
        <source>{0} 修改了资料库，已刷新</source>
        <translation>{0} changed the store; refreshed</translation>
    </message>
    <message>
        <source>其他编辑</source>
        <translation>Another editor</translation>
    </message>
    <message>
        <source>{0} 已保存这篇文章的第 {1} 版；你的修改尚未保存，保存时会比较两个版本。</source>
        <translation>{0} saved revision {1} of this article; your changes are not saved yet, and saving will compare both versions.</translation>
    </message>
    <message>
        <source>已载入 {0} 保存的第 {1} 版</source>
        <translation>Loaded revision {1}, saved by {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>简报 Jianbao</source>
        <translation>Jianbao</translation>
    </message>
    <message>
        <source>在列表中选择一篇文章进行编辑</source>
        <translation>Select an article in the list to edit it</translation>
    </message>
    <message>
        <source>正在打开资料库…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <source>资料库文件已损坏，无法打开。
要用最近一份完好的备份恢复吗？

备份：{0}
损坏的文件会保留为 .broken，不会删除。</source>
        <translation>The store file is damaged and cannot be opened.
Restore the most recent sound backup?

Backup: {0}
The damaged file is kept as .broken, not deleted.</translation>
    </message>
    <message>
        <source>资料库已损坏</source>
        <translation>Store damaged</translation>
    </message>
    <message>
        <source>用备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>已从备份恢复，正在重新打开…</source>
        <translation>Restored from the backup; opening again…</translation>
    </message>
    <message>
        <source>只读：{0}</source>
        <translation>Read-only: {0}</translation>
    </message>
    <message>
        <source>资料库以只读方式打开，修改不会保存</source>
        <translation>The store is open read-only; changes will not be saved</translation>
    </message>
    <message>
        <source>简报 Jianbao（只读）</source>
        <translation>Jianbao (read-only)</translation>
    </message>
    <message>
        <source>资料库：{0}</source>
        <translation>Store: {0}</translation>
    </message>
    <message>
        <source>出现了意外错误，操作没有完成。</source>
        <translation>An unexpected error stopped the operation.</translation>
    </message>
    <message>
        <source>关于简报</source>
        <translation>About Jianbao</translation>
    </message>
    <message>
        <source>&lt;b&gt;简报 Jianbao&lt;/b&gt; {0}&lt;br&gt;政务信息简报编辑工作站：导入、拆分、编辑、校对、组期、导出。</source>
        <translation>&lt;b&gt;Jianbao 简报&lt;/b&gt; {0}&lt;br&gt;An editorial workstation for government news bulletins: import, split, edit, proofread, compile issues, export.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>待定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>自动分类把握不大，请确认或改选栏目</source>
        <translation>The classifier is unsure: confirm or pick another category</translation>
    </message>
    <message>
        <source>确认栏目</source>
        <translation>Confirm category</translation>
    </message>
    <message>
        <source>多个单位用顿号分隔</source>
        <translation>Separate several units with 、</translation>
    </message>
    <message>
        <source>无日期</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>原文写法，如“1月2日-4日”</source>
        <translation>As written, e.g. “1月2日-4日”</translation>
    </message>
    <message>
        <source>文中出现的领导</source>
        <translation>Leaders mentioned</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <source>，置信度 {0}%</source>
        <translation>, confidence {0}%</translation>
    </message>
    <message>
        <source>来源：{0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原文日期</source>
        <translation>Date as written</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>Editor&apos;s note</translation>
    </message>
    <message>
        <source>（无栏目）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>由编辑确定（保存后生效）</source>
        <translation>Chosen by the editor (applies when saved)</translation>
    </message>
</context>
<context>
    <name>OpenFilesDialog</name>
    <message>
        <source>打开简报文件</source>
        <translation>Open bulletin files</translation>
    </message>
    <message>
        <source>简报 (*.txt *.md *.docx *.doc *.wps *.odt *.rtf *.pdf *.html *.htm);;所有文件 (*)</source>
        <translation>Bulletins (*.txt *.md *.docx *.doc *.wps *.odt *.rtf *.pdf *.html *.htm);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>连接共用资料库</source>
        <translation>Connect to the shared store</translation>
    </message>
    <message>
        <source>用户名或密码不对，请重新输入密码。</source>
        <translation>The user name or password is wrong. Please enter the password again.</translation>
    </message>
    <message>
        <source>连接这个共用资料库需要密码。</source>
        <translation>This shared store needs a password.</translation>
    </message>
    <message>
        <source>在系统钥匙串中记住密码</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>本机没有系统钥匙串：每次打开时都会询问密码</source>
        <translation>No system keyring on this computer: the password is asked each time</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>资料库</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>转换</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>收稿与统计</source>
        <translation>Inbox and statistics</translation>
    </message>
    <message>
        <source>领导名单</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>专有词</source>
        <translation>Protected terms</translation>
    </message>
    <message>
        <source>默认位置（用户数据文件夹）</source>
        <translation>Default (user data folder)</translation>
    </message>
    <message>
        <source>本机资料库文件，或共用资料库 postgresql://用户@主机:端口/库名；地址中的密码不会写入设置文件（有系统钥匙串时存入钥匙串）</source>
        <translation>A store file on this computer, or a shared store postgresql://user@host:port/database; a password in the address is never written to the settings file (it goes to the system keyring where there is one)</translation>
    </message>
    <message>
        <source>电脑的用户名</source>
        <translation>the computer&apos;s user name</translation>
    </message>
    <message>
        <source>如：开发区资讯</source>
        <translation>e.g. 开发区资讯</translation>
    </message>
    <message>
        <source>默认模板（GB/T 9704 版式）</source>
        <translation>Default template (GB/T 9704 layout)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>正文字号</source>
        <translation>Body font size</translation>
    </message>
    <message>
        <source>正文行距</source>
        <translation>Body line spacing</translation>
    </message>
    <message>
        <source>资料库位置</source>
        <translation>Store location</translation>
    </message>
    <message>
        <source>编辑署名</source>
        <translation>Sign revisions as</translation>
    </message>
    <message>
        <source>默认简报名称</source>
        <translation>Default bulletin name</translation>
    </message>
    <message>
        <source>Word 模板</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>本机资料库的修订记录署这个名字；共用资料库上署登录账号，其他编辑看到“××正在编辑”时用这个名字</source>
        <translation>Revisions in a store file are signed with this name; on a shared store with the login account, and the other editors see this name when you edit an article</translation>
    </message>
    <message>
        <source>界面语言和资料库位置在重新启动后生效。</source>
        <translation>The interface language and the store location change after a restart.</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>同时转换词语（如 软件 ↔ 軟體）</source>
        <translation>Convert phrases too (e.g. 软件 ↔ 軟體)</translation>
    </message>
    <message>
        <source>默认转换为</source>
        <translation>Convert to by default</translation>
    </message>
    <message>
        <source>不使用收稿箱</source>
        <translation>No inbox</translation>
    </message>
    <message>
        <source>不计分</source>
        <translation>No points</translation>
    </message>
    <message>
        <source>收稿文件夹</source>
        <translation>Inbox folder</translation>
    </message>
    <message>
        <source>每篇采用计分</source>
        <translation>Points per adopted article</translation>
    </message>
    <message>
        <source>各单位放入收稿文件夹的稿件会出现在主窗口的“收稿箱”中，到达即计为该单位报送；Jianbao 只读取这些文件，从不移动或删除。</source>
        <translation>Submissions the units put into the inbox folder appear in the main window&apos;s Inbox and count as submitted by their unit on arrival; Jianbao only reads these files and never moves or deletes them.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务（顿号分隔）</source>
        <translation>Titles (separated by 、)</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>校对时按此核对领导姓名、职务和排名先后（排序数小者在前）。</source>
        <translation>Proofreading checks leaders&apos; names, titles and order of mention against this list (lower rank first).</translation>
    </message>
    <message>
        <source>人名、地名等转换时不可改动的词</source>
        <translation>Names of people and places that conversion must not change</translation>
    </message>
    <message>
        <source>专有词在繁简转换时保持原样（如 后川、三里桥）。</source>
        <translation>Protected terms stay as written in Traditional/Simplified conversion (e.g. 后川, 三里桥).</translation>
    </message>
    <message>
        <source>资料库文件</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>Jianbao 资料库 (*.db)</source>
        <translation>Jianbao stores (*.db)</translation>
    </message>
    <message>
        <source>选择 Word 模板</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>停止正在进行的工作（已完成的部分会保留）</source>
        <translation>Stop the running work (what is done is kept)</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <source>校对</source>
        <translation>Proofreading</translation>
    </message>
    <message>
        <source>在文章或组期窗口里选择“校对”开始</source>
        <translation>Choose “Proofread” on an article or in the composer to start</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>采纳本类全部</source>
        <translation>Accept all of this kind</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>这篇文章里同样的问题以后不再提示</source>
        <translation>Do not report the same finding in this article again</translation>
    </message>
    <message>
        <source>忽略并记住</source>
        <translation>Ignore and remember</translation>
    </message>
    <message>
        <source>把这个词加入本库词典：所有文章都不再把它当作错别字或错误提法</source>
        <translation>Add this word to the store&apos;s dictionary: no article will flag it as a wrong character or formulation again</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>正在校对…</source>
        <translation>Proofreading…</translation>
    </message>
    <message>
        <source>正在校对整期…</source>
        <translation>Proofreading the issue…</translation>
    </message>
    <message>
        <source>正在校对整期</source>
        <translation>Proofreading the issue</translation>
    </message>
    <message>
        <source>本期 {0} 篇文章</source>
        <translation>{0} articles of the issue</translation>
    </message>
    <message>
        <source>《{0}》</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>{0}：{1} 处问题</source>
        <translation>{0}: {1} findings</translation>
    </message>
    <message>
        <source>{0}：没有发现问题</source>
        <translation>{0}: no findings</translation>
    </message>
    <message>
        <source>第 {0} 行</source>
        <translation>line {0}</translation>
    </message>
    <message>
        <source>（需人工判断）</source>
        <translation>(needs a human)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>Editor&apos;s note</translation>
    </message>
    <message>
        <source>
其他可能：{0}</source>
        <translation>
Other possibilities: {0}</translation>
    </message>
    <message>
        <source>选中 {0} 处</source>
        <translation>{0} selected</translation>
    </message>
    <message>
        <source>改为“{0}”</source>
        <translation>Change to “{0}”</translation>
    </message>
    <message>
        <source>忽略并记住（加入本库词典）</source>
        <translation>Ignore and remember (add to the store&apos;s dictionary)</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>历史版本：{0}</source>
        <translation>History: {0}</translation>
    </message>
    <message>
        <source>（当前）</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>第 {0} 版 {1}
{2} {3} · {4}</source>
        <translation>Revision {0} {1}
{2} {3} · {4}</translation>
    </message>
    <message>
        <source>修改人：{0}</source>
        <translation>Made by: {0}</translation>
    </message>
    <message>
        <source>恢复此版本</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <source>与当前版本比较：红色删除线为当前版本中已删去的文字，绿色为新增的文字。</source>
        <translation>Compared with the current revision: red strikethrough is text since removed, green is text since added.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>created</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>恢复自第 {0} 版</source>
        <translation>restored from revision {0}</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原文日期</source>
        <translation>Date as written</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>Editor&apos;s note</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>原文</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>转换后（未保存）</source>
        <translation>Converted (not saved)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>全部文章</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>栏目待定</source>
        <translation>Category undecided</translation>
    </message>
    <message>
        <source>自动分类把握不大、需要编辑确认栏目的文章</source>
        <translation>Articles whose category the classifier is unsure of</translation>
    </message>
    <message>
        <source>导入的简报</source>
        <translation>Imported bulletins</translation>
    </message>
    <message>
        <source>期刊</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>{0}
导入于 {1}，编码 {2}，{3} 篇</source>
        <translation>{0}
imported {1}, encoding {2}, {3} articles</translation>
    </message>
    <message>
        <source>{0} {1}年第{2}期</source>
        <translation>{0} {1} no. {2}</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>检索标题和正文</source>
        <translation>Search titles and bodies</translation>
    </message>
    <message>
        <source>全部文章</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>加入本期 →</source>
        <translation>Add to issue →</translation>
    </message>
    <message>
        <source>把选中的文章加到本期末尾（也可以直接拖过去）</source>
        <translation>Add the selected articles at the end of the issue (or drag them across)</translation>
    </message>
    <message>
        <source>{0}（{1} 篇）</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>SplitPreviewDialog</name>
    <message>
        <source>导入预览：{0}</source>
        <translation>Import preview: {0}</translation>
    </message>
    <message>
        <source>序</source>
        <translation>#</translation>
    </message>
    <message>
        <source>标题（可直接修改）</source>
        <translation>Title (editable)</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原文行</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>与下一篇合并</source>
        <translation>Merge with next</translation>
    </message>
    <message>
        <source>在光标处拆分</source>
        <translation>Split at cursor</translation>
    </message>
    <message>
        <source>起点移到光标行</source>
        <translation>Start at cursor line</translation>
    </message>
    <message>
        <source>起点上移一行</source>
        <translation>Start one line up</translation>
    </message>
    <message>
        <source>起点下移一行</source>
        <translation>Start one line down</translation>
    </message>
    <message>
        <source>把选中的文章和它后面的一篇合成一篇</source>
        <translation>Join the selected article and the one after it</translation>
    </message>
    <message>
        <source>在右侧原文中光标所在的行开始一篇新文章</source>
        <translation>Start a new article at the cursor&apos;s line in the source text</translation>
    </message>
    <message>
        <source>选中文章从右侧原文光标所在的行开始</source>
        <translation>Let the selected article start at the cursor&apos;s line in the source text</translation>
    </message>
    <message>
        <source>选中文章的起点向上挪一行（并入上一篇的最后一行）</source>
        <translation>Move the selected article&apos;s start up one line (taking the previous article&apos;s last line)</translation>
    </message>
    <message>
        <source>选中文章的起点向下挪一行（第一行归上一篇）</source>
        <translation>Move the selected article&apos;s start down one line (its first line goes to the previous article)</translation>
    </message>
    <message>
        <source>下一处存疑 (F8)</source>
        <translation>Next doubtful (F8)</translation>
    </message>
    <message>
        <source>确认 (F9)</source>
        <translation>Keep (F9)</translation>
    </message>
    <message>
        <source>改判 (F7)</source>
        <translation>Turn over (F7)</translation>
    </message>
    <message>
        <source>跳到下一处没把握的分界（橙色）</source>
        <translation>Go to the next boundary the splitter is unsure of (orange)</translation>
    </message>
    <message>
        <source>这一处分界按现在的样子保留，不再标出</source>
        <translation>Keep this boundary as proposed and stop marking it</translation>
    </message>
    <message>
        <source>这一处改过来：是分界的去掉（并入上一篇），不是的从这里开始新文章</source>
        <translation>Turn this one over: a proposed start is merged into the article before, a doubtful line starts a new article</translation>
    </message>
    <message>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>{0} 处分界没把握（橙色标出：F8 逐处查看，F9 确认，F7 改判）。</source>
        <translation>{0} boundaries are uncertain (orange: F8 goes through them, F9 keeps, F7 turns over). </translation>
    </message>
    <message>
        <source>分界都有把握。</source>
        <translation>All boundaries are certain. </translation>
    </message>
    <message>
        <source>{0}：编码 {1}，{2}，分出 {3} 篇文章；清理 {4} 处；未归属文本 {5} 段；{6}请核对每篇的起止、标题、栏目、单位和日期，然后导入。</source>
        <translation>{0}: encoding {1}, {2}, {3} articles; {4} cleanups; {5} unassigned passages; {6}Check each article&apos;s extent, title, category, units and date, then import.</translation>
    </message>
    <message>
        <source>（待定）</source>
        <translation>(undecided)</translation>
    </message>
    <message>
        <source>这篇从这里开始没把握（{0:.0%}）：F9 确认，F7 并入上一篇</source>
        <translation>Unsure this article starts here ({0:.0%}): F9 keeps it, F7 merges it into the one before</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}（“{2}” → “{3}”）</source>
        <translation>line {0}: {1} (“{2}” → “{3}”)</translation>
    </message>
    <message>
        <source>第 {0}–{1} 行（{2}）：{3}</source>
        <translation>lines {0}–{1} ({2}): {3}</translation>
    </message>
    <message>
        <source>清理记录（{0}）</source>
        <translation>Cleaning ({0})</translation>
    </message>
    <message>
        <source>未归属文本（{0}）</source>
        <translation>Unassigned text ({0})</translation>
    </message>
    <message>
        <source>导入 {0} 篇文章</source>
        <translation>Import {0} articles</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>各栏目每月稿件数</source>
        <translation>Articles per category per month</translation>
    </message>
    <message>
        <source>各单位每月报送数</source>
        <translation>Reports per unit per month</translation>
    </message>
    <message>
        <source>各单位报送与采用（考核用）</source>
        <translation>Reported and adopted per unit (for assessment)</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>导出 Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>报送：期间内各单位署名的稿件数（联合报送的稿件每个单位各计一篇），收稿箱中尚未导入的来稿自到达之日起各计一篇；采用：其中已编入简报某一期的篇数。期间按文章日期计，没有日期的文章不计入。</source>
        <translation>Submitted: articles signed by each unit in the period (a joint report counts once for every unit), and each submission in the inbox not yet imported from the day it arrived; adopted: those used in an issue. The period goes by the articles&apos; dates; undated articles are not counted.</translation>
    </message>
    <message>
        <source>计分：每篇采用计 {0} 分。</source>
        <translation>Points: {0} per adopted article.</translation>
    </message>
    <message>
        <source>按文章日期所在月份统计；联合报送的稿件每个单位各计一篇。</source>
        <translation>Counted by the month of the article&apos;s date; a joint report counts once for every unit.</translation>
    </message>
    <message>
        <source>按文章日期所在月份统计；没有日期的文章只在“全部时间”里计入。</source>
        <translation>Counted by the month of the article&apos;s date; undated articles count only under “All time”.</translation>
    </message>
    <message>
        <source>{0}，统计期间：{1}。</source>
        <translation>{0}, period: {1}. </translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>StoreHistory</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>这一期已审定锁定，只有审核人可以修改或解锁它；资料库没有改动。</source>
        <translation>This issue is approved and locked: only a reviewer may change or unlock it. Nothing was changed.</translation>
    </message>
    <message>
        <source>只有审核人可以审定、签发或解锁一期；资料库没有改动。</source>
        <translation>Only a reviewer may approve, sign off or unlock an issue. Nothing was changed.</translation>
    </message>
    <message>
        <source>修订记录只能添加，不能改写；资料库没有改动。</source>
        <translation>Revisions can only be added, never rewritten. Nothing was changed.</translation>
    </message>
    <message>
        <source>栏目的修改、改名、合并和删除由管理员进行，你的账号没有这项权限；资料库没有改动。</source>
        <translation>Categories are changed, renamed, merged and removed by an administrator; your account may not. Nothing was changed.</translation>
    </message>
    <message>
        <source>单位和人员名册由管理员维护，你的账号没有这项权限；资料库没有改动。</source>
        <translation>The units and the roster of people are kept by an administrator; your account may not change them. Nothing was changed.</translation>
    </message>
    <message>
        <source>专名表的修改和删除由管理员进行，你的账号没有这项权限；资料库没有改动。</source>
        <translation>Protected terms are changed and removed by an administrator; your account may not. Nothing was changed.</translation>
    </message>
    <message>
        <source>只有管理员可以添加用户或修改用户的角色；资料库没有改动。</source>
        <translation>Only an administrator may add users or change their roles. Nothing was changed.</translation>
    </message>
    <message>
        <source>你的账号没有权限做这项操作；资料库没有改动。</source>
        <translation>Your account is not allowed to do this. Nothing was changed.</translation>
    </message>
    <message>
        <source>这个共用资料库需要建立或升级结构，须由它的所有者或能建立角色（CREATEROLE）的管理员账号用新版 Jianbao 先打开一次；资料库没有改动。</source>
        <translation>This shared store must be created or upgraded first: its owner, or an administrator account that may create roles (CREATEROLE), has to open it once with the new Jianbao. Nothing was changed.</translation>
    </message>
    <message>
        <source>这个账号不能使用这个共用资料库（没有它的角色，或地址中的 search_path 不对）；请管理员用“jianbao users role”给你本资料库的角色。</source>
        <translation>This account cannot use this shared store (it has no role in it, or the search_path in the address is wrong); ask an administrator to give you a role with &quot;jianbao users role&quot;.</translation>
    </message>
    <message>
        <source>连接这个共用资料库需要密码。</source>
        <translation>This shared store needs a password.</translation>
    </message>
    <message>
        <source>用户名或密码不对，无法连接共用资料库。</source>
        <translation>The user name or password is wrong: cannot connect to the shared store.</translation>
    </message>
    <message>
        <source>服务器不支持加密连接（SSL），而资料库地址要求加密（sslmode=require 或更严）；请让数据库管理员为服务器开启 SSL，或把地址中的 sslmode 改为 prefer。</source>
        <translation>The server does not offer encrypted connections (SSL), but the store&apos;s address requires them (sslmode=require or stricter); ask the database administrator to turn on SSL, or change sslmode in the address to prefer.</translation>
    </message>
</context>
<context>
    <name>WeChat</name>
    <message>
        <source>已复制本期的公众号格式，可直接粘贴到公众号编辑器</source>
        <translation>Copied for WeChat: paste it into the official account&apos;s editor</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>打开简报文件(&amp;O)…</source>
        <translation>&amp;Open bulletin files…</translation>
    </message>
    <message>
        <source>粘贴简报(&amp;P)</source>
        <translation>&amp;Paste bulletin</translation>
    </message>
    <message>
        <source>把剪贴板里的简报（纯文本或网页）拆分预览后导入</source>
        <translation>Split the bulletin on the clipboard (plain text or web page), preview, import</translation>
    </message>
    <message>
        <source>打开样例简报</source>
        <translation>Open sample bulletin</translation>
    </message>
    <message>
        <source>首选项(&amp;E)…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>保存文章(&amp;S)</source>
        <translation>&amp;Save article</translation>
    </message>
    <message>
        <source>历史版本(&amp;H)…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>确认栏目</source>
        <translation>Confirm category</translation>
    </message>
    <message>
        <source>采用自动分类给出的栏目，去掉“待定”</source>
        <translation>Accept the classifier&apos;s category and clear “undecided”</translation>
    </message>
    <message>
        <source>检索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>下一篇</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>上一篇</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>转到文章列表</source>
        <translation>Go to article list</translation>
    </message>
    <message>
        <source>转到正文</source>
        <translation>Go to body</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>关于简报(&amp;A)</source>
        <translation>&amp;About Jianbao</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
