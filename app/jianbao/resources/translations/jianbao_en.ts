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
        <source>栏目待定：自动分类把握不大，请编辑确认</source>
        <translation>Category undecided: the classifier is unsure, please confirm</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>文章已在别处修改</source>
        <translation>Article changed elsewhere</translation>
    </message>
    <message>
        <source>《{0}》在你编辑期间已被修改（现为第 {1} 版）。</source>
        <translation>“{0}” was changed while you were editing it (now revision {1}).</translation>
    </message>
    <message>
        <source>保留我的修改：以你的修改覆盖相应字段（旧内容仍在历史版本中）。
采用对方版本：放弃你的修改。</source>
        <translation>Keep mine: your changes overwrite those fields (the old text stays in the history).
Take theirs: discard your changes.</translation>
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
        <source>&lt;h2&gt;资料库里还没有文章&lt;/h2&gt;&lt;p&gt;把简报拿进来：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;复制简报全文后按 &lt;b&gt;Ctrl+Shift+V&lt;/b&gt; 粘贴（纯文本或网页均可）；&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+O&lt;/b&gt; 打开 .txt / .docx / .html 文件（可一次选多个）；&lt;/li&gt;&lt;li&gt;或把文件直接拖进这个窗口。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;导入前会先显示拆分预览，可以调整每篇文章的起止和标题。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The store has no articles yet&lt;/h2&gt;&lt;p&gt;Bring a bulletin in:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;copy the whole bulletin and press &lt;b&gt;Ctrl+Shift+V&lt;/b&gt; (plain text or web page);&lt;/li&gt;&lt;li&gt;press &lt;b&gt;Ctrl+O&lt;/b&gt; to open .txt / .docx / .html files (several at once);&lt;/li&gt;&lt;li&gt;or drop files on this window.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A split preview comes first: you can adjust where each article starts and ends, and its title.&lt;/p&gt;</translation>
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
        <source>资料库：{0}</source>
        <translation>Store: {0}</translation>
    </message>
    <message>
        <source>出现了意外错误，操作没有完成。</source>
        <translation>An unexpected error stopped the operation.</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后切换</source>
        <translation>The interface language changes after a restart</translation>
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
        <source>简报 (*.txt *.docx *.html *.htm);;所有文件 (*)</source>
        <translation>Bulletins (*.txt *.docx *.html *.htm);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>首选项</source>
        <translation>Preferences</translation>
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
        <source>界面语言在重新启动后生效。</source>
        <translation>The interface language changes after a restart.</translation>
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
        <source>第 {0} 版 {1}
{2} {3}</source>
        <translation>Revision {0} {1}
{2} {3}</translation>
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
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>{0}：编码 {1}，{2}，分出 {3} 篇文章；清理 {4} 处；未归属文本 {5} 段。请核对每篇的起止、标题、栏目、单位和日期，然后导入。</source>
        <translation>{0}: encoding {1}, {2}, {3} articles; {4} cleaning steps; {5} unassigned passages. Check each article&apos;s extent, title, category, units and date, then import.</translation>
    </message>
    <message>
        <source>（待定）</source>
        <translation>(undecided)</translation>
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
