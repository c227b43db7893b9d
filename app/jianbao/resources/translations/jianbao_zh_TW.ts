<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>在列表中选择一篇文章进行编辑</source>
        <translation>在列表中選擇一篇文章進行編輯</translation>
    </message>
    <message>
        <source>恢复自动保存的草稿</source>
        <translation>恢復自動儲存的草稿</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>恢復草稿</translation>
    </message>
    <message>
        <source>修改标题</source>
        <translation>修改標題</translation>
    </message>
    <message>
        <source>修改{0}</source>
        <translation>修改{0}</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>報送單位</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>原文日期</source>
        <translation>原文日期</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>編者按</translation>
    </message>
    <message>
        <source>编辑正文</source>
        <translation>編輯正文</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <source>更新于 {0}</source>
        <translation>更新於 {0}</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <source>（草稿已自动保存 {0}）</source>
        <translation>（草稿已自動儲存 {0}）</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>已保存《{0}》第 {1} 版</source>
        <translation>已儲存《{0}》第 {1} 版</translation>
    </message>
    <message>
        <source>正在根据编辑的选择更新自动分类…</source>
        <translation>正在根據編輯的選擇更新自動分類…</translation>
    </message>
    <message>
        <source>已恢复为旧版本（保存为第 {0} 版）</source>
        <translation>已恢復為舊版本（儲存為第 {0} 版）</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>编号</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>報送單位</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>（无栏目）</source>
        <translation>（無欄目）</translation>
    </message>
    <message>
        <source>{0} 正在编辑</source>
        <translation>{0} 正在編輯</translation>
    </message>
    <message>
        <source>栏目待定：自动分类把握不大，请编辑确认</source>
        <translation>欄目待定：自動分類把握不大，請編輯確認</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>这段时间没有数据</source>
        <translation>這段時間沒有資料</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>组期</source>
        <translation>組期</translation>
    </message>
    <message>
        <source>新建一期</source>
        <translation>新建一期</translation>
    </message>
    <message>
        <source>审定并锁定</source>
        <translation>審定並鎖定</translation>
    </message>
    <message>
        <source>校对整期</source>
        <translation>校對整期</translation>
    </message>
    <message>
        <source>转换整期…</source>
        <translation>轉換整期…</translation>
    </message>
    <message>
        <source>导出 Word…</source>
        <translation>匯出 Word…</translation>
    </message>
    <message>
        <source>期：</source>
        <translation>期：</translation>
    </message>
    <message>
        <source>把左边的文章拖到这里（或选中后点“加入本期”），拖动调整顺序；可新建栏目，双击栏目改名。</source>
        <translation>把左邊的文章拖到這裡（或選中後點“加入本期”），拖動調整順序；可新建欄目，雙擊欄目改名。</translation>
    </message>
    <message>
        <source>新建栏目</source>
        <translation>新建欄目</translation>
    </message>
    <message>
        <source>按栏目分组</source>
        <translation>按欄目分組</translation>
    </message>
    <message>
        <source>按文章的栏目分成几组，栏目名作为小标题</source>
        <translation>按文章的欄目分成幾組，欄目名作為小標題</translation>
    </message>
    <message>
        <source>上移一篇（选中栏目时移动整个栏目）</source>
        <translation>上移一篇（選中欄目時移動整個欄目）</translation>
    </message>
    <message>
        <source>下移一篇（选中栏目时移动整个栏目）</source>
        <translation>下移一篇（選中欄目時移動整個欄目）</translation>
    </message>
    <message>
        <source>移出本期</source>
        <translation>移出本期</translation>
    </message>
    <message>
        <source>新栏目</source>
        <translation>新欄目</translation>
    </message>
    <message>
        <source>{0} {1}年第{2}期</source>
        <translation>{0} {1}年第{2}期</translation>
    </message>
    <message>
        <source>（新的一期，尚未保存）</source>
        <translation>（新的一期，尚未儲存）</translation>
    </message>
    <message>
        <source>简报</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>本期已审定锁定，先解锁才能加入文章</source>
        <translation>本期已審定鎖定，先解鎖才能加入文章</translation>
    </message>
    <message>
        <source>解锁本期</source>
        <translation>解鎖本期</translation>
    </message>
    <message>
        <source>本期已审定。解锁后可以再修改，修改完请重新审定。</source>
        <translation>本期已審定。解鎖後可以再修改，修改完請重新審定。</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>审定本期</source>
        <translation>審定本期</translation>
    </message>
    <message>
        <source>本期还有：
{0}

仍要审定并锁定吗？</source>
        <translation>本期還有：
{0}

仍要審定並鎖定嗎？</translation>
    </message>
    <message>
        <source>已审定（已锁定）</source>
        <translation>已審定（已鎖定）</translation>
    </message>
    <message>
        <source>编辑中</source>
        <translation>編輯中</translation>
    </message>
    <message>
        <source>组期 — {0} {1}年第{2}期</source>
        <translation>組期 — {0} {1}年第{2}期</translation>
    </message>
    <message>
        <source>新的一期（加入文章后保存）</source>
        <translation>新的一期（加入文章後儲存）</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>文章已在别处修改</source>
        <translation>文章已在別處修改</translation>
    </message>
    <message>
        <source>《{0}》在你编辑期间已被修改（现为第 {1} 版）。</source>
        <translation>《{0}》在你編輯期間已被修改（現為第 {1} 版）。</translation>
    </message>
    <message>
        <source>保留我的修改：以你的修改覆盖相应字段（旧内容仍在历史版本中）。
采用对方版本：放弃你的修改。</source>
        <translation>保留我的修改：以你的修改覆蓋相應欄位（舊內容仍在歷史版本中）。
採用對方版本：放棄你的修改。</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <source>采用对方版本</source>
        <translation>採用對方版本</translation>
    </message>
    <message>
        <source>稍后决定</source>
        <translation>稍後決定</translation>
    </message>
</context>
<context>
    <name>ConvertPreviewDialog</name>
    <message>
        <source>简体</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>繁体（OpenCC 标准）</source>
        <translation>繁體（OpenCC 標準）</translation>
    </message>
    <message>
        <source>繁体（台湾）</source>
        <translation>繁體（臺灣）</translation>
    </message>
    <message>
        <source>繁体（香港）</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <source>转换预览：选中的文字</source>
        <translation>轉換預覽：選中的文字</translation>
    </message>
    <message>
        <source>转换预览：{0} 篇文章</source>
        <translation>轉換預覽：{0} 篇文章</translation>
    </message>
    <message>
        <source>同时转换词语（如 软件 ↔ 軟體、信息 ↔ 資訊）</source>
        <translation>同時轉換詞語（如 軟體 ↔ 軟體、資訊 ↔ 資訊）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffe98a&apos;&gt;&amp;nbsp;黄底&amp;nbsp;&lt;/span&gt; 已转换&#x3000;&lt;span style=&apos;background:#ff9f8f&apos;&gt;&lt;b&gt;&lt;u&gt;&amp;nbsp;红底&amp;nbsp;&lt;/u&gt;&lt;/b&gt;&lt;/span&gt; 一字多义或保护规则处理过，请人工确认（悬停看原因）</source>
        <translation>&lt;span style=&apos;background:#ffe98a&apos;&gt;&amp;nbsp;黃底&amp;nbsp;&lt;/span&gt; 已轉換&#x3000;&lt;span style=&apos;background:#ff9f8f&apos;&gt;&lt;b&gt;&lt;u&gt;&amp;nbsp;紅底&amp;nbsp;&lt;/u&gt;&lt;/b&gt;&lt;/span&gt; 一字多義或保護規則處理過，請人工確認（懸停看原因）</translation>
    </message>
    <message>
        <source>转换为</source>
        <translation>轉換為</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>只列待确认的</source>
        <translation>只列待確認的</translation>
    </message>
    <message>
        <source>保护这个词（不转换）</source>
        <translation>保護這個詞（不轉換）</translation>
    </message>
    <message>
        <source>把左边选中的文字（或所选改动所在的词）加入专有词表，以后转换时保持原样</source>
        <translation>把左邊選中的文字（或所選改動所在的詞）加入專有詞表，以後轉換時保持原樣</translation>
    </message>
    <message>
        <source>应用转换</source>
        <translation>應用轉換</translation>
    </message>
    <message>
        <source>正在转换…</source>
        <translation>正在轉換…</translation>
    </message>
    <message>
        <source>选中的文字</source>
        <translation>選中的文字</translation>
    </message>
    <message>
        <source>{0}
{1} 处改动，{2} 处待确认</source>
        <translation>{0}
{1} 處改動，{2} 處待確認</translation>
    </message>
    <message>
        <source>共 {0} 处改动，其中 {1} 处待确认（红底）。确认无误后点“应用转换”；应用后可用“编辑 → 撤销转换”一步恢复。</source>
        <translation>共 {0} 處改動，其中 {1} 處待確認（紅底）。確認無誤後點“應用轉換”；應用後可用“編輯 → 撤銷轉換”一步恢復。</translation>
    </message>
    <message>
        <source>按词语“{0}”</source>
        <translation>按詞語“{0}”</translation>
    </message>
    <message>
        <source>先在左边选中要保护的词，或在下面的列表里选一处改动</source>
        <translation>先在左邊選中要保護的詞，或在下面的列表裡選一處改動</translation>
    </message>
    <message>
        <source>已把“{0}”加入专有词，转换时保持原样。</source>
        <translation>已把“{0}”加入專有詞，轉換時保持原樣。</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>恢复未保存的修改</source>
        <translation>恢復未儲存的修改</translation>
    </message>
    <message>
        <source>{0}（自动保存于 {1}）</source>
        <translation>{0}（自動保存於 {1}）</translation>
    </message>
    <message>
        <source>打开并恢复</source>
        <translation>開啟並恢復</translation>
    </message>
    <message>
        <source>全部丢弃</source>
        <translation>全部丟棄</translation>
    </message>
    <message>
        <source>稍后处理</source>
        <translation>稍後處理</translation>
    </message>
    <message>
        <source>上次关闭前有文章的修改没有保存，已自动保存为草稿：</source>
        <translation>上次關閉前有文章的修改沒有儲存，已自動儲存為草稿：</translation>
    </message>
</context>
<context>
    <name>EditorNotice</name>
    <message>
        <source>比较两个版本…</source>
        <translation>比較兩個版本…</translation>
    </message>
    <message>
        <source>✎ {0} 正在编辑</source>
        <translation>✎ {0} 正在編輯</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出：{0}</source>
        <translation>匯出：{0}</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>保持原样</source>
        <translation>保持原樣</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>繁体</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>繁体（台湾）</source>
        <translation>繁體（臺灣）</translation>
    </message>
    <message>
        <source>繁体（香港）</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <source>Word 文档（.docx，付印）</source>
        <translation>Word 文件（.docx，付印）</translation>
    </message>
    <message>
        <source>PDF（与 Word 同样的页面，嵌入字体）</source>
        <translation>PDF（與 Word 同樣的頁面，嵌入字型）</translation>
    </message>
    <message>
        <source>公众号 HTML（只用行内样式）</source>
        <translation>公眾號 HTML（只用行內樣式）</translation>
    </message>
    <message>
        <source>纯文本（网站发布）</source>
        <translation>純文本（網站釋出）</translation>
    </message>
    <message>
        <source>默认模板（GB/T 9704 版式）</source>
        <translation>預設模板（GB/T 9704 版式）</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>印“本期要目”</source>
        <translation>印“本期要目”</translation>
    </message>
    <message>
        <source>同时生成 PDF（用 LibreOffice 转换）</source>
        <translation>同時生成 PDF（用 LibreOffice 轉換）</translation>
    </message>
    <message>
        <source>没有找到 LibreOffice（soffice），无法生成 PDF</source>
        <translation>沒有找到 LibreOffice（soffice），無法生成 PDF</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>导出为</source>
        <translation>匯出為</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>选择 Word 模板</source>
        <translation>選擇 Word 模板</translation>
    </message>
    <message>
        <source>请填写要导出的文件名</source>
        <translation>請填寫要匯出的檔名</translation>
    </message>
    <message>
        <source>文件夹不存在：{0}</source>
        <translation>資料夾不存在：{0}</translation>
    </message>
    <message>
        <source>找不到模板：{0}</source>
        <translation>找不到模板：{0}</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>导出完成</source>
        <translation>匯出完成</translation>
    </message>
    <message>
        <source>已导出：
{0}</source>
        <translation>已匯出：
{0}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>检索标题和正文（两个字即可，简繁通查）</source>
        <translation>檢索標題和正文（兩個字即可，簡繁通查）</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>简繁不限</source>
        <translation>簡繁不限</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>只看栏目待定</source>
        <translation>只看欄目待定</translation>
    </message>
    <message>
        <source>日期不限</source>
        <translation>日期不限</translation>
    </message>
    <message>
        <source>全部栏目</source>
        <translation>全部欄目</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>欢迎使用简报</source>
        <translation>歡迎使用簡報</translation>
    </message>
    <message>
        <source>资料库还是空的。要先打开随附的样例简报（开发区资讯 2024 年 1 月，20 篇）看看吗？</source>
        <translation>資料庫還是空的。要先開啟隨附的範例簡報（開發區資訊 2024 年 1 月，20 篇）看看嗎？</translation>
    </message>
    <message>
        <source>以后可以随时粘贴简报（Ctrl+Shift+V）、打开文件（Ctrl+O）或把文件拖进窗口。</source>
        <translation>以後可以隨時貼上簡報（Ctrl+Shift+V）、開啟檔案（Ctrl+O）或把檔案拖進視窗。</translation>
    </message>
    <message>
        <source>打开样例</source>
        <translation>開啟範例</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>以後再說</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>先在列表中选择要转换的文章</source>
        <translation>先在列表中選擇要轉換的文章</translation>
    </message>
    <message>
        <source>转换为{0}（{1} 篇）</source>
        <translation>轉換為{0}（{1} 篇）</translation>
    </message>
    <message>
        <source>已转换为{0}：{1} 篇；“编辑 → 撤销转换”可一步恢复</source>
        <translation>已轉換為{0}：{1} 篇；“編輯 → 撤銷轉換”可一步恢復</translation>
    </message>
    <message>
        <source>先在正文中选中要转换的文字</source>
        <translation>先在正文中選中要轉換的文字</translation>
    </message>
    <message>
        <source>{0} {1}年第{2}期</source>
        <translation>{0} {1}年第{2}期</translation>
    </message>
    <message>
        <source>写 Word 文档</source>
        <translation>寫 Word 文件</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>用 LibreOffice 生成 PDF</source>
        <translation>用 LibreOffice 生成 PDF</translation>
    </message>
    <message>
        <source>已导出 {0}</source>
        <translation>已匯出 {0}</translation>
    </message>
    <message>
        <source>正在导出</source>
        <translation>正在匯出</translation>
    </message>
    <message>
        <source>界面语言和资料库位置将在重新启动后生效</source>
        <translation>介面語言和資料庫位置將在重新啟動後生效</translation>
    </message>
    <message>
        <source>领导名单和专有词已保存</source>
        <translation>領導名單和專有詞已儲存</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>剪贴板里没有可导入的文字</source>
        <translation>剪貼簿裡沒有可匯入的文字</translation>
    </message>
    <message>
        <source>正在读取 {0}…</source>
        <translation>正在讀取 {0}…</translation>
    </message>
    <message>
        <source>正在分析粘贴的文字…</source>
        <translation>正在分析貼上的文字…</translation>
    </message>
    <message>
        <source>粘贴（网页）</source>
        <translation>貼上（網頁）</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>重复导入</source>
        <translation>重複匯入</translation>
    </message>
    <message>
        <source>{0}

仍要再导入一份吗？</source>
        <translation>{0}

仍要再匯入一份嗎？</translation>
    </message>
    <message>
        <source>再导入一份</source>
        <translation>再匯入一份</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>已导入 {0} 篇文章</source>
        <translation>已匯入 {0} 篇文章</translation>
    </message>
    <message>
        <source>导入完成：{0} 个文件共 {1} 篇文章</source>
        <translation>匯入完成：{0} 個檔案共 {1} 篇文章</translation>
    </message>
    <message>
        <source>；已取消，其余 {0} 个文件未导入</source>
        <translation>；已取消，其餘 {0} 個檔案未匯入</translation>
    </message>
    <message>
        <source>{0} 个文件未能导入：</source>
        <translation>{0} 個檔案未能匯入：</translation>
    </message>
    <message>
        <source>正在导入 {0} 个文件</source>
        <translation>正在匯入 {0} 個檔案</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <source>收稿箱</source>
        <translation>收稿箱</translation>
    </message>
    <message>
        <source>到达时间</source>
        <translation>到達時間</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>報送單位</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>双击单位可修改；双击其他列或按回车，打开拆分预览</source>
        <translation>雙擊單位可修改；雙擊其他列或按回車，開啟拆分預覽</translation>
    </message>
    <message>
        <source>收稿箱收到 {0} 份来稿</source>
        <translation>收稿箱收到 {0} 份來稿</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>IssueActions</name>
    <message>
        <source>新建一期(&amp;N)</source>
        <translation>新建一期(&amp;N)</translation>
    </message>
    <message>
        <source>在组期窗口中开始新的一期（期号、日期自动建议）</source>
        <translation>在組期視窗中開始新的一期（期號、日期自動建議）</translation>
    </message>
    <message>
        <source>组期窗口(&amp;C)</source>
        <translation>組期視窗(&amp;C)</translation>
    </message>
    <message>
        <source>加入本期(&amp;A)</source>
        <translation>加入本期(&amp;A)</translation>
    </message>
    <message>
        <source>把列表中选中的文章加到组期窗口里的这一期</source>
        <translation>把列表中選中的文章加到組期窗口裡的這一期</translation>
    </message>
    <message>
        <source>导出本期(&amp;E)…</source>
        <translation>匯出本期(&amp;E)…</translation>
    </message>
    <message>
        <source>复制为公众号格式(&amp;W)</source>
        <translation>複製為公眾號格式(&amp;W)</translation>
    </message>
    <message>
        <source>把本期以公众号可用的格式（只用行内样式）复制到剪贴板</source>
        <translation>把本期以公眾號可用的格式（只用行內樣式）複製到剪貼簿</translation>
    </message>
    <message>
        <source>转换文章(&amp;T)…</source>
        <translation>轉換文章(&amp;T)…</translation>
    </message>
    <message>
        <source>繁简转换：列表中选中的文章（或正在编辑的一篇），先预览再应用</source>
        <translation>繁簡轉換：列表中選中的文章（或正在編輯的一篇），先預覽再應用</translation>
    </message>
    <message>
        <source>转换选中的文字…</source>
        <translation>轉換選中的文字…</translation>
    </message>
    <message>
        <source>校对本篇(&amp;P)</source>
        <translation>校對本篇(&amp;P)</translation>
    </message>
    <message>
        <source>校对整期</source>
        <translation>校對整期</translation>
    </message>
    <message>
        <source>统计(&amp;S)…</source>
        <translation>統計(&amp;S)…</translation>
    </message>
    <message>
        <source>撤销转换/校对修改</source>
        <translation>撤銷轉換/校對修改</translation>
    </message>
    <message>
        <source>把上一次批量转换或采纳的校对修改恢复原样（保存为新版本）</source>
        <translation>把上一次批次轉換或採納的校對修改恢復原樣（儲存為新版本）</translation>
    </message>
    <message>
        <source>重做转换/校对修改</source>
        <translation>重做轉換/校對修改</translation>
    </message>
    <message>
        <source>期刊(&amp;I)</source>
        <translation>期刊(&amp;I)</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>撤销：{0}</source>
        <translation>撤銷：{0}</translation>
    </message>
    <message>
        <source>重做：{0}</source>
        <translation>重做：{0}</translation>
    </message>
    <message>
        <source>资料库尚未打开</source>
        <translation>資料庫尚未開啟</translation>
    </message>
    <message>
        <source>先在列表中选择文章</source>
        <translation>先在列表中選擇文章</translation>
    </message>
    <message>
        <source>先在组期窗口或侧栏中选择一期</source>
        <translation>先在組期視窗或側欄中選擇一期</translation>
    </message>
    <message>
        <source>先打开一篇文章</source>
        <translation>先開啟一篇文章</translation>
    </message>
    <message>
        <source>采纳校对修改（{0} 篇）</source>
        <translation>採納校對修改（{0} 篇）</translation>
    </message>
    <message>
        <source>已采纳修改并保存为新版本；“编辑 → 撤销转换/校对修改”可恢复</source>
        <translation>已採納修改並儲存為新版本；“編輯 → 撤銷轉換/校對修改”可恢復</translation>
    </message>
</context>
<context>
    <name>IssueChecks</name>
    <message>
        <source>审定前请处理：</source>
        <translation>審定前請處理：</translation>
    </message>
    <message>
        <source>页数：加入文章后估算</source>
        <translation>頁數：加入文章後估算</translation>
    </message>
    <message>
        <source>约 {0} 页（{1} 行、{2} 字，按每页 22 行 × 28 字估算）</source>
        <translation>約 {0} 頁（{1} 行、{2} 字，按每頁 22 行 × 28 字估算）</translation>
    </message>
    <message>
        <source>正在检查本期的重复稿件和校对问题</source>
        <translation>正在檢查本期的重複稿件和校對問題</translation>
    </message>
    <message>
        <source>{0} 篇未校对</source>
        <translation>{0} 篇未校對</translation>
    </message>
    <message>
        <source>{0} 处重复稿件</source>
        <translation>{0} 處重複稿件</translation>
    </message>
    <message>
        <source>{0} 处校对问题未处理</source>
        <translation>{0} 處校對問題未處理</translation>
    </message>
    <message>
        <source>⚠ {0} 篇未校对：{1}</source>
        <translation>⚠ {0} 篇未校對：{1}</translation>
    </message>
    <message>
        <source>正在检查重复稿件和校对问题…</source>
        <translation>正在檢查重複稿件和校對問題…</translation>
    </message>
    <message>
        <source>⚠ 重复稿件《{0}》：{1}</source>
        <translation>⚠ 重複稿件《{0}》：{1}</translation>
    </message>
    <message>
        <source>⚠ {0} 处校对问题未处理（{1}）——点“校对整期”逐条处理</source>
        <translation>⚠ {0} 處校對問題未處理（{1}）——點“校對整期”逐條處理</translation>
    </message>
    <message>
        <source>✓ 没有发现问题，可以审定</source>
        <translation>✓ 沒有發現問題，可以審定</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>如：开发区资讯</source>
        <translation>如：開發區資訊</translation>
    </message>
    <message>
        <source>不印总期号</source>
        <translation>不印總期號</translation>
    </message>
    <message>
        <source>总期号 </source>
        <translation>總期號 </translation>
    </message>
    <message>
        <source>编印单位，印在报头左下</source>
        <translation>編印單位，印在報頭左下</translation>
    </message>
    <message>
        <source>印“本期要目”</source>
        <translation>印“本期要目”</translation>
    </message>
    <message>
        <source>本期编者按（可不写）</source>
        <translation>本期編者按（可不寫）</translation>
    </message>
    <message>
        <source>不印份数</source>
        <translation>不印份數</translation>
    </message>
    <message>
        <source>共印 </source>
        <translation>共印 </translation>
    </message>
    <message>
        <source> 份</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>报头</source>
        <translation>報頭</translation>
    </message>
    <message>
        <source>简报名称</source>
        <translation>簡報名稱</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>期號</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>编印单位</source>
        <translation>編印單位</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>編者按</translation>
    </message>
    <message>
        <source>版记</source>
        <translation>版記</translation>
    </message>
    <message>
        <source>报：</source>
        <translation>報：</translation>
    </message>
    <message>
        <source>送：</source>
        <translation>送：</translation>
    </message>
    <message>
        <source>发：</source>
        <translation>發：</translation>
    </message>
    <message>
        <source>本期增发：</source>
        <translation>本期增發：</translation>
    </message>
</context>
<context>
    <name>IssueTree</name>
    <message>
        <source>本期文章（拖动排序）</source>
        <translation>本期文章（拖動排序）</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>（无栏目标题）</source>
        <translation>（無欄目標題）</translation>
    </message>
    <message>
        <source>{0} 篇</source>
        <translation>{0} 篇</translation>
    </message>
    <message>
        <source>栏目标题：双击修改；留空则不印栏目标题</source>
        <translation>欄目標題：雙擊修改；留空則不印欄目標題</translation>
    </message>
    <message>
        <source>（载入中…）</source>
        <translation>（載入中…）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>已校对</source>
        <translation>已校對</translation>
    </message>
    <message>
        <source>已审定</source>
        <translation>已審定</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>繁体</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>简繁混杂</source>
        <translation>簡繁混雜</translation>
    </message>
    <message>
        <source>原文标签</source>
        <translation>原文標籤</translation>
    </message>
    <message>
        <source>自动分类</source>
        <translation>自動分類</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>编辑确定</source>
        <translation>編輯確定</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>&lt;h2&gt;资料库里还没有文章&lt;/h2&gt;&lt;p&gt;把简报拿进来：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;复制简报全文后按 &lt;b&gt;Ctrl+Shift+V&lt;/b&gt; 粘贴（纯文本或网页均可）；&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+O&lt;/b&gt; 打开 .txt / .md / .docx / .html 文件（可一次选多个）；&lt;/li&gt;&lt;li&gt;或把文件直接拖进这个窗口。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;导入前会先显示拆分预览，可以调整每篇文章的起止和标题。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;資料庫裡還沒有文章&lt;/h2&gt;&lt;p&gt;把簡報拿進來：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;複製簡報全文後按 &lt;b&gt;Ctrl+Shift+V&lt;/b&gt; 貼上（純文本或網頁均可）；&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+O&lt;/b&gt; 開啟 .txt / .md / .docx / .html 檔案（可一次選多個）；&lt;/li&gt;&lt;li&gt;或把檔案直接拖進這個視窗。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;匯入前會先顯示拆分預覽，可以調整每篇文章的起止和標題。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>打开随附的样例简报</source>
        <translation>開啟隨附的範例簡報</translation>
    </message>
    <message>
        <source>共 {0} 篇</source>
        <translation>共 {0} 篇</translation>
    </message>
    <message>
        <source>没有符合条件的文章</source>
        <translation>沒有符合條件的文章</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>与共享资料库的通知连接中断，正在重新连接…</source>
        <translation>與共享資料庫的通知連線中斷，正在重新連線…</translation>
    </message>
    <message>
        <source>{0} 修改了资料库，已刷新</source>
        <translation>{0} 修改了資料庫，已重新整理</translation>
    </message>
    <message>
        <source>其他编辑</source>
        <translation>其他編輯</translation>
    </message>
    <message>
        <source>{0} 已保存这篇文章的第 {1} 版；你的修改尚未保存，保存时会比较两个版本。</source>
        <translation>{0} 已儲存這篇文章的第 {1} 版；你的修改尚未儲存，儲存時會比較兩個版本。</translation>
    </message>
    <message>
        <source>已载入 {0} 保存的第 {1} 版</source>
        <translation>已載入 {0} 儲存的第 {1} 版</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>简报 Jianbao</source>
        <translation>簡報 Jianbao</translation>
    </message>
    <message>
        <source>在列表中选择一篇文章进行编辑</source>
        <translation>在列表中選擇一篇文章進行編輯</translation>
    </message>
    <message>
        <source>正在打开资料库…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>资料库文件已损坏，无法打开。
要用最近一份完好的备份恢复吗？

备份：{0}
损坏的文件会保留为 .broken，不会删除。</source>
        <translation>資料庫檔案已損壞，無法開啟。
要用最近一份完好的備份恢復嗎？

備份：{0}
損壞的檔案會保留為 .broken，不會刪除。</translation>
    </message>
    <message>
        <source>资料库已损坏</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>用备份恢复</source>
        <translation>用備份恢復</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>已从备份恢复，正在重新打开…</source>
        <translation>已從備份恢復，正在重新開啟…</translation>
    </message>
    <message>
        <source>只读：{0}</source>
        <translation>只讀：{0}</translation>
    </message>
    <message>
        <source>资料库以只读方式打开，修改不会保存</source>
        <translation>資料庫以只讀方式開啟，修改不會儲存</translation>
    </message>
    <message>
        <source>简报 Jianbao（只读）</source>
        <translation>簡報 Jianbao（只讀）</translation>
    </message>
    <message>
        <source>资料库：{0}</source>
        <translation>資料庫：{0}</translation>
    </message>
    <message>
        <source>出现了意外错误，操作没有完成。</source>
        <translation>出現了意外錯誤，操作沒有完成。</translation>
    </message>
    <message>
        <source>关于简报</source>
        <translation>關於簡報</translation>
    </message>
    <message>
        <source>&lt;b&gt;简报 Jianbao&lt;/b&gt; {0}&lt;br&gt;政务信息简报编辑工作站：导入、拆分、编辑、校对、组期、导出。</source>
        <translation>&lt;b&gt;簡報 Jianbao&lt;/b&gt; {0}&lt;br&gt;政務資訊簡報編輯工作站：匯入、拆分、編輯、校對、組期、匯出。</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>待定</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>自动分类把握不大，请确认或改选栏目</source>
        <translation>自動分類把握不大，請確認或改選欄目</translation>
    </message>
    <message>
        <source>确认栏目</source>
        <translation>確認欄目</translation>
    </message>
    <message>
        <source>多个单位用顿号分隔</source>
        <translation>多個單位用頓號分隔</translation>
    </message>
    <message>
        <source>无日期</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>原文写法，如“1月2日-4日”</source>
        <translation>原文寫法，如“1月2日-4日”</translation>
    </message>
    <message>
        <source>文中出现的领导</source>
        <translation>文中出現的領導</translation>
    </message>
    <message>
        <source>无</source>
        <translation>無</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>報送單位</translation>
    </message>
    <message>
        <source>，置信度 {0}%</source>
        <translation>，置信度 {0}%</translation>
    </message>
    <message>
        <source>来源：{0}</source>
        <translation>來源：{0}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>原文日期</source>
        <translation>原文日期</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>編者按</translation>
    </message>
    <message>
        <source>（无栏目）</source>
        <translation>（無欄目）</translation>
    </message>
    <message>
        <source>由编辑确定（保存后生效）</source>
        <translation>由編輯確定（儲存後生效）</translation>
    </message>
</context>
<context>
    <name>OpenFilesDialog</name>
    <message>
        <source>打开简报文件</source>
        <translation>開啟簡報檔案</translation>
    </message>
    <message>
        <source>简报 (*.txt *.md *.docx *.doc *.wps *.odt *.rtf *.pdf *.html *.htm);;所有文件 (*)</source>
        <translation>簡報 (*.txt *.md *.docx *.doc *.wps *.odt *.rtf *.pdf *.html *.htm);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>首选项</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>常規</translation>
    </message>
    <message>
        <source>转换</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>收稿与统计</source>
        <translation>收稿與統計</translation>
    </message>
    <message>
        <source>领导名单</source>
        <translation>領導名單</translation>
    </message>
    <message>
        <source>专有词</source>
        <translation>專有詞</translation>
    </message>
    <message>
        <source>默认位置（用户数据文件夹）</source>
        <translation>預設位置（使用者資料資料夾）</translation>
    </message>
    <message>
        <source>如：开发区资讯</source>
        <translation>如：開發區資訊</translation>
    </message>
    <message>
        <source>默认模板（GB/T 9704 版式）</source>
        <translation>預設模板（GB/T 9704 版式）</translation>
    </message>
    <message>
        <source>共用资料库时其他编辑看到的名字（默认为登录名）</source>
        <translation>共用資料庫時其他編輯看到的名字（預設為登入名）</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>正文字号</source>
        <translation>正文字號</translation>
    </message>
    <message>
        <source>正文行距</source>
        <translation>正文行距</translation>
    </message>
    <message>
        <source>资料库位置</source>
        <translation>資料庫位置</translation>
    </message>
    <message>
        <source>默认简报名称</source>
        <translation>預設簡報名稱</translation>
    </message>
    <message>
        <source>Word 模板</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <source>我的名字</source>
        <translation>我的名字</translation>
    </message>
    <message>
        <source>界面语言、资料库位置和名字在重新启动后生效。</source>
        <translation>介面語言、資料庫位置和名字在重新啟動後生效。</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>同时转换词语（如 软件 ↔ 軟體）</source>
        <translation>同時轉換詞語（如 軟體 ↔ 軟體）</translation>
    </message>
    <message>
        <source>默认转换为</source>
        <translation>預設轉換為</translation>
    </message>
    <message>
        <source>不使用收稿箱</source>
        <translation>不使用收稿箱</translation>
    </message>
    <message>
        <source>不计分</source>
        <translation>不計分</translation>
    </message>
    <message>
        <source>收稿文件夹</source>
        <translation>收稿資料夾</translation>
    </message>
    <message>
        <source>每篇采用计分</source>
        <translation>每篇採用計分</translation>
    </message>
    <message>
        <source>各单位放入收稿文件夹的稿件会出现在主窗口的“收稿箱”中，到达即计为该单位报送；Jianbao 只读取这些文件，从不移动或删除。</source>
        <translation>各單位放入收稿資料夾的稿件會出現在主視窗的“收稿箱”中，到達即計為該單位報送；Jianbao 只讀取這些檔案，從不移動或刪除。</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>职务（顿号分隔）</source>
        <translation>職務（頓號分隔）</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>校对时按此核对领导姓名、职务和排名先后（排序数小者在前）。</source>
        <translation>校對時按此核對領導姓名、職務和排名先後（排序數小者在前）。</translation>
    </message>
    <message>
        <source>人名、地名等转换时不可改动的词</source>
        <translation>人名、地名等轉換時不可改動的詞</translation>
    </message>
    <message>
        <source>专有词在繁简转换时保持原样（如 后川、三里桥）。</source>
        <translation>專有詞在繁簡轉換時保持原樣（如 後川、三里橋）。</translation>
    </message>
    <message>
        <source>资料库文件</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>Jianbao 资料库 (*.db)</source>
        <translation>Jianbao 資料庫 (*.db)</translation>
    </message>
    <message>
        <source>选择 Word 模板</source>
        <translation>選擇 Word 模板</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>停止正在进行的工作（已完成的部分会保留）</source>
        <translation>停止正在進行的工作（已完成的部分會保留）</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <source>校对</source>
        <translation>校對</translation>
    </message>
    <message>
        <source>在文章或组期窗口里选择“校对”开始</source>
        <translation>在文章或組期窗口裡選擇“校對”開始</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>改為</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>採納</translation>
    </message>
    <message>
        <source>采纳本类全部</source>
        <translation>採納本類全部</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>这篇文章里同样的问题以后不再提示</source>
        <translation>這篇文章裡同樣的問題以後不再提示</translation>
    </message>
    <message>
        <source>忽略并记住</source>
        <translation>忽略並記住</translation>
    </message>
    <message>
        <source>把这个词加入本库词典：所有文章都不再把它当作错别字或错误提法</source>
        <translation>把這個詞加入本庫詞典：所有文章都不再把它當作錯別字或錯誤提法</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>正在校对…</source>
        <translation>正在校對…</translation>
    </message>
    <message>
        <source>正在校对整期…</source>
        <translation>正在校對整期…</translation>
    </message>
    <message>
        <source>正在校对整期</source>
        <translation>正在校對整期</translation>
    </message>
    <message>
        <source>本期 {0} 篇文章</source>
        <translation>本期 {0} 篇文章</translation>
    </message>
    <message>
        <source>《{0}》</source>
        <translation>《{0}》</translation>
    </message>
    <message>
        <source>{0}：{1} 处问题</source>
        <translation>{0}：{1} 處問題</translation>
    </message>
    <message>
        <source>{0}：没有发现问题</source>
        <translation>{0}：沒有發現問題</translation>
    </message>
    <message>
        <source>第 {0} 行</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>（需人工判断）</source>
        <translation>（需人工判斷）</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>編者按</translation>
    </message>
    <message>
        <source>
其他可能：{0}</source>
        <translation>
其他可能：{0}</translation>
    </message>
    <message>
        <source>选中 {0} 处</source>
        <translation>選中 {0} 處</translation>
    </message>
    <message>
        <source>改为“{0}”</source>
        <translation>改為“{0}”</translation>
    </message>
    <message>
        <source>忽略并记住（加入本库词典）</source>
        <translation>忽略並記住（加入本庫詞典）</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>历史版本：{0}</source>
        <translation>歷史版本：{0}</translation>
    </message>
    <message>
        <source>（当前）</source>
        <translation>（當前）</translation>
    </message>
    <message>
        <source>第 {0} 版 {1}
{2} {3}</source>
        <translation>第 {0} 版 {1}
{2} {3}</translation>
    </message>
    <message>
        <source>恢复此版本</source>
        <translation>恢復此版本</translation>
    </message>
    <message>
        <source>与当前版本比较：红色删除线为当前版本中已删去的文字，绿色为新增的文字。</source>
        <translation>與當前版本比較：紅色刪除線為當前版本中已刪去的文字，綠色為新增的文字。</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>恢复自第 {0} 版</source>
        <translation>恢復自第 {0} 版</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>報送單位</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>原文日期</source>
        <translation>原文日期</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>编者按</source>
        <translation>編者按</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>原文</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>转换后（未保存）</source>
        <translation>轉換後（未儲存）</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>全部文章</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>栏目待定</source>
        <translation>欄目待定</translation>
    </message>
    <message>
        <source>自动分类把握不大、需要编辑确认栏目的文章</source>
        <translation>自動分類把握不大、需要編輯確認欄目的文章</translation>
    </message>
    <message>
        <source>导入的简报</source>
        <translation>匯入的簡報</translation>
    </message>
    <message>
        <source>期刊</source>
        <translation>期刊</translation>
    </message>
    <message>
        <source>{0}
导入于 {1}，编码 {2}，{3} 篇</source>
        <translation>{0}
匯入於 {1}，編碼 {2}，{3} 篇</translation>
    </message>
    <message>
        <source>{0} {1}年第{2}期</source>
        <translation>{0} {1}年第{2}期</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>检索标题和正文</source>
        <translation>檢索標題和正文</translation>
    </message>
    <message>
        <source>全部文章</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>加入本期 →</source>
        <translation>加入本期 →</translation>
    </message>
    <message>
        <source>把选中的文章加到本期末尾（也可以直接拖过去）</source>
        <translation>把選中的文章加到本期末尾（也可以直接拖過去）</translation>
    </message>
    <message>
        <source>{0}（{1} 篇）</source>
        <translation>{0}（{1} 篇）</translation>
    </message>
</context>
<context>
    <name>SplitPreviewDialog</name>
    <message>
        <source>导入预览：{0}</source>
        <translation>匯入預覽：{0}</translation>
    </message>
    <message>
        <source>序</source>
        <translation>序</translation>
    </message>
    <message>
        <source>标题（可直接修改）</source>
        <translation>標題（可直接修改）</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>報送單位</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>原文行</source>
        <translation>原文行</translation>
    </message>
    <message>
        <source>与下一篇合并</source>
        <translation>與下一篇合併</translation>
    </message>
    <message>
        <source>在光标处拆分</source>
        <translation>在游標處拆分</translation>
    </message>
    <message>
        <source>起点移到光标行</source>
        <translation>起點移到游標行</translation>
    </message>
    <message>
        <source>起点上移一行</source>
        <translation>起點上移一行</translation>
    </message>
    <message>
        <source>起点下移一行</source>
        <translation>起點下移一行</translation>
    </message>
    <message>
        <source>把选中的文章和它后面的一篇合成一篇</source>
        <translation>把選中的文章和它後面的一篇合成一篇</translation>
    </message>
    <message>
        <source>在右侧原文中光标所在的行开始一篇新文章</source>
        <translation>在右側原文中游標所在的行開始一篇新文章</translation>
    </message>
    <message>
        <source>选中文章从右侧原文光标所在的行开始</source>
        <translation>選中文章從右側原文游標所在的行開始</translation>
    </message>
    <message>
        <source>选中文章的起点向上挪一行（并入上一篇的最后一行）</source>
        <translation>選中文章的起點向上挪一行（併入上一篇的最後一行）</translation>
    </message>
    <message>
        <source>选中文章的起点向下挪一行（第一行归上一篇）</source>
        <translation>選中文章的起點向下挪一行（第一行歸上一篇）</translation>
    </message>
    <message>
        <source>下一处存疑 (F8)</source>
        <translation>下一處存疑 (F8)</translation>
    </message>
    <message>
        <source>确认 (F9)</source>
        <translation>確認 (F9)</translation>
    </message>
    <message>
        <source>改判 (F7)</source>
        <translation>改判 (F7)</translation>
    </message>
    <message>
        <source>跳到下一处没把握的分界（橙色）</source>
        <translation>跳到下一處沒把握的分界（橙色）</translation>
    </message>
    <message>
        <source>这一处分界按现在的样子保留，不再标出</source>
        <translation>這一處分界按現在的樣子保留，不再標出</translation>
    </message>
    <message>
        <source>这一处改过来：是分界的去掉（并入上一篇），不是的从这里开始新文章</source>
        <translation>這一處改過來：是分界的去掉（併入上一篇），不是的從這裡開始新文章</translation>
    </message>
    <message>
        <source>繁体</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>{0} 处分界没把握（橙色标出：F8 逐处查看，F9 确认，F7 改判）。</source>
        <translation>{0} 處分界沒把握（橙色標出：F8 逐處檢視，F9 確認，F7 改判）。</translation>
    </message>
    <message>
        <source>分界都有把握。</source>
        <translation>分界都有把握。</translation>
    </message>
    <message>
        <source>{0}：编码 {1}，{2}，分出 {3} 篇文章；清理 {4} 处；未归属文本 {5} 段；{6}请核对每篇的起止、标题、栏目、单位和日期，然后导入。</source>
        <translation>{0}：編碼 {1}，{2}，分出 {3} 篇文章；清理 {4} 處；未歸屬文本 {5} 段；{6}請核對每篇的起止、標題、欄目、單位和日期，然後匯入。</translation>
    </message>
    <message>
        <source>（待定）</source>
        <translation>（待定）</translation>
    </message>
    <message>
        <source>这篇从这里开始没把握（{0:.0%}）：F9 确认，F7 并入上一篇</source>
        <translation>這篇從這裡開始沒把握（{0:.0%}）：F9 確認，F7 併入上一篇</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}（“{2}” → “{3}”）</source>
        <translation>第 {0} 行：{1}（“{2}” → “{3}”）</translation>
    </message>
    <message>
        <source>第 {0}–{1} 行（{2}）：{3}</source>
        <translation>第 {0}–{1} 行（{2}）：{3}</translation>
    </message>
    <message>
        <source>清理记录（{0}）</source>
        <translation>清理記錄（{0}）</translation>
    </message>
    <message>
        <source>未归属文本（{0}）</source>
        <translation>未歸屬文本（{0}）</translation>
    </message>
    <message>
        <source>导入 {0} 篇文章</source>
        <translation>匯入 {0} 篇文章</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>统计</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>各栏目每月稿件数</source>
        <translation>各欄目每月稿件數</translation>
    </message>
    <message>
        <source>各单位每月报送数</source>
        <translation>各單位每月報送數</translation>
    </message>
    <message>
        <source>各单位报送与采用（考核用）</source>
        <translation>各單位報送與採用（考核用）</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>匯出 Excel…</translation>
    </message>
    <message>
        <source>导出 Word…</source>
        <translation>匯出 Word…</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>报送：期间内各单位署名的稿件数（联合报送的稿件每个单位各计一篇），收稿箱中尚未导入的来稿自到达之日起各计一篇；采用：其中已编入简报某一期的篇数。期间按文章日期计，没有日期的文章不计入。</source>
        <translation>報送：期間內各單位署名的稿件數（聯合報送的稿件每個單位各計一篇），收稿箱中尚未匯入的來稿自到達之日起各計一篇；採用：其中已編入簡報某一期的篇數。期間按文章日期計，沒有日期的文章不計入。</translation>
    </message>
    <message>
        <source>计分：每篇采用计 {0} 分。</source>
        <translation>計分：每篇採用計 {0} 分。</translation>
    </message>
    <message>
        <source>按文章日期所在月份统计；联合报送的稿件每个单位各计一篇。</source>
        <translation>按文章日期所在月份統計；聯合報送的稿件每個單位各計一篇。</translation>
    </message>
    <message>
        <source>按文章日期所在月份统计；没有日期的文章只在“全部时间”里计入。</source>
        <translation>按文章日期所在月份統計；沒有日期的文章只在“全部時間”裡計入。</translation>
    </message>
    <message>
        <source>{0}，统计期间：{1}。</source>
        <translation>{0}，統計期間：{1}。</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>匯出統計表</translation>
    </message>
    <message>
        <source>已导出：{0}</source>
        <translation>已匯出：{0}</translation>
    </message>
</context>
<context>
    <name>StoreHistory</name>
    <message>
        <source>撤销</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>WeChat</name>
    <message>
        <source>已复制本期的公众号格式，可直接粘贴到公众号编辑器</source>
        <translation>已複製本期的公眾號格式，可直接貼上到公眾號編輯器</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>打开简报文件(&amp;O)…</source>
        <translation>開啟簡報檔案(&amp;O)…</translation>
    </message>
    <message>
        <source>粘贴简报(&amp;P)</source>
        <translation>貼上簡報(&amp;P)</translation>
    </message>
    <message>
        <source>把剪贴板里的简报（纯文本或网页）拆分预览后导入</source>
        <translation>把剪貼簿裡的簡報（純文本或網頁）拆分預覽後匯入</translation>
    </message>
    <message>
        <source>打开样例简报</source>
        <translation>開啟範例簡報</translation>
    </message>
    <message>
        <source>首选项(&amp;E)…</source>
        <translation>偏好設定(&amp;E)…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>保存文章(&amp;S)</source>
        <translation>儲存文章(&amp;S)</translation>
    </message>
    <message>
        <source>历史版本(&amp;H)…</source>
        <translation>歷史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>确认栏目</source>
        <translation>確認欄目</translation>
    </message>
    <message>
        <source>采用自动分类给出的栏目，去掉“待定”</source>
        <translation>採用自動分類給出的欄目，去掉“待定”</translation>
    </message>
    <message>
        <source>检索(&amp;F)</source>
        <translation>檢索(&amp;F)</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>下一篇</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <source>上一篇</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <source>转到文章列表</source>
        <translation>轉到文章列表</translation>
    </message>
    <message>
        <source>转到正文</source>
        <translation>轉到正文</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>关于简报(&amp;A)</source>
        <translation>關於簡報(&amp;A)</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
</TS>
