<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>prlens: %1</source>
        <translation>prlens：%1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the report was written
  1  another failure (an unexpected answer from the server, a read error)
  2  bad arguments (unknown option, malformed week, time zone or repository)
  3  not found: unknown repository or PR, not a git repository, week not in the cache
  4  network failure: server unreachable, timeouts, repeated server errors
  5  the API rate limit is exhausted
  6  the token is missing, wrong or lacks access
  7  the report could not be written
  8  the git program was not found
  9  interrupted</source>
        <translation>退出码：
  0  报告已写出
  1  其他失败（服务器返回了意外的应答、读取错误）
  2  参数错误（未知选项、周、时区或仓库格式不正确）
  3  未找到：未知的仓库或 PR、不是 git 仓库、该周不在缓存中
  4  网络故障：服务器无法访问、超时、服务器反复出错
  5  API 速率限制已用尽
  6  令牌缺失、错误或没有访问权限
  7  无法写出报告
  8  找不到 git 程序
  9  已中断</translation>
    </message>
    <message>
        <source>Writes the report of one merged pull request: its files, changes, review and risks.</source>
        <translation>写出一个已合并拉取请求的报告：文件、改动、评审与风险。</translation>
    </message>
    <message>
        <source>Writes the weekly report of a repository&apos;s merged pull requests: counts, authors, lines, tags, hot files and modules, risks, and each PR with its files.</source>
        <translation>写出仓库已合并拉取请求的周报：数量、作者、行数、标签、热点文件与模块、风险，以及每个 PR 及其文件。</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>GitHub repository (OWNER/NAME, HOST/OWNER/NAME or its URL).</source>
        <translation>GitHub 仓库（OWNER/NAME、HOST/OWNER/NAME 或其网址）。</translation>
    </message>
    <message>
        <source>Local git clone to read instead of GitHub.</source>
        <translation>改为读取的本地 git 克隆。</translation>
    </message>
    <message>
        <source>Branch of the clone (default: remote HEAD or current).</source>
        <translation>克隆中的分支（默认：远程 HEAD 或当前分支）。</translation>
    </message>
    <message>
        <source>Language of the report and messages: en or zh_CN.</source>
        <translation>报告与消息的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Load again from the source even when the week is cached.</source>
        <translation>即使该周已缓存，也从数据源重新加载。</translation>
    </message>
    <message>
        <source>Use only the cache; make no network request.</source>
        <translation>只使用缓存；不发出任何网络请求。</translation>
    </message>
    <message>
        <source>Number of the pull request (prlens pr).</source>
        <translation>拉取请求的编号（prlens pr）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>意外的参数“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>--branch only applies with --git.</source>
        <translation>--branch 只能与 --git 一起使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO week; write it as YYYY-Www, for example 2026-W14.</source>
        <translation>“%1”不是 ISO 周；请写成 YYYY-Www，例如 2026-W14。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone offset; write it as ±HH:MM, for example +08:00.</source>
        <translation>“%1”不是时区偏移；请写成 ±HH:MM，例如 +08:00。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API URL; write it as https://HOST/PATH or http://HOST:PORT.</source>
        <translation>“%1”不是 API 网址；请写成 https://HOST/PATH 或 http://HOST:PORT。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use %2.</source>
        <translation>未知语言“%1”；请使用 %2。</translation>
    </message>
    <message>
        <source>--refresh and --offline cannot be used together.</source>
        <translation>--refresh 和 --offline 不能同时使用。</translation>
    </message>
    <message>
        <source>Give the pull request&apos;s number with --number N.</source>
        <translation>请用 --number N 指定拉取请求的编号。</translation>
    </message>
    <message>
        <source>PR #%1 is not among the pull requests of %2.</source>
        <translation>PR #%1 不在 %2 的拉取请求中。</translation>
    </message>
    <message>
        <source>%1 Continuing without the cache.</source>
        <translation>%1 将在不使用缓存的情况下继续。</translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation>正在加载 %2 的 %1…</translation>
    </message>
    <message>
        <source>PR #%1 is not among the pull requests merged in %2 of %3; give the week it was merged in with --week.</source>
        <translation>PR #%1 不在 %3 于 %2 合并的拉取请求中；请用 --week 指定它合并时所在的周。</translation>
    </message>
    <message>
        <source>Loading the week failed.</source>
        <translation>加载该周失败。</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Could not write the report to the standard output.</source>
        <translation>无法将报告写到标准输出。</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.</source>
        <translation>已中断；未写出任何内容。</translation>
    </message>
    <message>
        <source>The system keychain did not answer; continuing without a token.</source>
        <translation>系统钥匙串没有响应；将在没有令牌的情况下继续。</translation>
    </message>
    <message>
        <source>Output format: json, md, html or pdf (default: md).</source>
        <translation>输出格式：json、md、html 或 pdf（默认：md）。</translation>
    </message>
    <message>
        <source>Paper of the PDF: a4 or letter (default: from the system locale).</source>
        <translation>PDF 的纸张：a4 或 letter（默认：按系统区域设置）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json, md, html or pdf.</source>
        <translation>未知格式“%1”；请使用 json、md、html 或 pdf。</translation>
    </message>
    <message>
        <source>A PDF is not written to the terminal; give a file with -o FILE.</source>
        <translation>PDF 不会输出到终端；请用 -o FILE 指定文件。</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;; use a4 or letter.</source>
        <translation>未知纸张“%1”；请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>PDF output is available for the weekly report; for one PR use --format md, html or json.</source>
        <translation>PDF 输出仅适用于周报；单个 PR 请使用 --format md、html 或 json。</translation>
    </message>
    <message>
        <source>ISO week, e.g. 2026-W14 (default with --repo: the last complete week, i.e. the week before the current one; with --git: the latest week with commits).</source>
        <translation>ISO 周，例如 2026-W14（使用 --repo 时默认为最近一个完整的周，即当前周的前一周；使用 --git 时默认为最近有提交的一周）。</translation>
    </message>
    <message>
        <source>Time zone of the week&apos;s boundaries (default: this computer&apos;s; the zone saved in the app&apos;s settings is not used, so that scheduled reports do not change when the settings do).</source>
        <translation>周边界所用的时区（默认：本机时区；不使用应用设置中保存的时区，这样定时生成的报告不会因设置改动而变化）。</translation>
    </message>
    <message>
        <source>Cache file (default: the cache location saved in the app&apos;s settings, else in the user&apos;s cache folder).</source>
        <translation>缓存文件（默认：应用设置中保存的缓存位置，否则为用户的缓存目录）。</translation>
    </message>
    <message>
        <source>Per-repository analysis JSON (rules, highlighted count, core paths) applied over the saved settings; default: the rule override file saved in the app&apos;s settings, if any.</source>
        <translation>按仓库的分析配置 JSON（规则、重点 PR 数量、核心路径），叠加在已保存的设置之上；默认：应用设置中保存的规则覆盖文件（如有）。</translation>
    </message>
    <message>
        <source>PDF output is not available in this build of PR Lens.</source>
        <translation>此版本的 PR Lens 无法输出 PDF。</translation>
    </message>
    <message>
        <source>Give one of --repo OWNER/NAME, --git PATH, --demo or --embedded-default.</source>
        <translation>请指定 --repo OWNER/NAME、--git PATH、--demo 或 --embedded-default 之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository: %2</source>
        <translation>“%1”不是仓库：%2</translation>
    </message>
    <message>
        <source>Read the week bundled with PR Lens (vllm-project/vllm, 2026-W13, +08:00) instead of a repository.</source>
        <translation>读取 PR Lens 自带的演示周（vllm-project/vllm，2026-W13，+08:00），而不是某个仓库。</translation>
    </message>
    <message>
        <source>Read what the window opens when started here for the first time: this folder&apos;s clone at its latest week with pull requests if it has any in its last 8 weeks, else the demo week.</source>
        <translation>读取窗口在此处首次启动时打开的内容：若当前文件夹的克隆在最近 8 周内有拉取请求，则为其最近一个有拉取请求的周，否则为演示周。</translation>
    </message>
    <message>
        <source>Do not read the pull requests&apos; patches: a faster report from the metadata only; the rules that read diff text are skipped and the completeness ledger says so.</source>
        <translation>不读取 PR 的补丁：仅根据元数据更快地生成报告；读取 diff 文本的规则将被跳过，完整性记录会注明这一点。</translation>
    </message>
    <message>
        <source>Give the number of weeks with --weeks N (1 to 520).</source>
        <translation>请用 --weeks N 指定周数（1 到 520）。</translation>
    </message>
    <message>
        <source>Give the horizon in weeks with --horizon N (1 to 52).</source>
        <translation>请用 --horizon N 指定观察期周数（1 到 52）。</translation>
    </message>
    <message>
        <source>A back-test needs a repository&apos;s history: give --repo or --git.</source>
        <translation>回测需要仓库的历史：请指定 --repo 或 --git。</translation>
    </message>
    <message>
        <source>A back-test is written as json or md.</source>
        <translation>回测结果只能输出为 json 或 md。</translation>
    </message>
    <message>
        <source>Back-tests every risk rule: how often the PRs it flagged were reverted or fixed within the horizon, against the PRs it did not flag.</source>
        <translation>回测每条风险规则：被其标记的 PR 在观察期内被回滚或修复的频率，与未被标记的 PR 相比。</translation>
    </message>
    <message>
        <source>GitHub REST API root: https://HOST/api/v3 for GitHub Enterprise Server (GraphQL then goes to https://HOST/api/graphql), https://api.SUBDOMAIN.ghe.com for data residency, or a test server.</source>
        <translation>GitHub REST API 根地址：GitHub Enterprise Server 为 https://HOST/api/v3（GraphQL 随之使用 https://HOST/api/graphql），数据驻留为 https://api.SUBDOMAIN.ghe.com，也可以是测试服务器。</translation>
    </message>
    <message>
        <source>GitHub GraphQL URL, when it is not the one derived from --api-url or the host.</source>
        <translation>GitHub GraphQL 地址，用于它不是由 --api-url 或主机推导出的地址时。</translation>
    </message>
    <message>
        <source>backtest: how many weeks to back-test (default: 26).</source>
        <translation>backtest：回测的周数（默认：26）。</translation>
    </message>
    <message>
        <source>backtest: the last week back-tested (default: the latest week whose horizon is over).</source>
        <translation>backtest：回测的最后一周（默认：观察期已结束的最近一周）。</translation>
    </message>
    <message>
        <source>backtest: weeks after its merge in which a revert or fix counts against a PR (default: 4).</source>
        <translation>backtest：PR 合并后多少周内的回滚或修复计入该 PR（默认：4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GraphQL URL; write it as https://HOST/api/graphql or https://HOST/graphql.</source>
        <translation>“%1”不是 GraphQL 地址；请写成 https://HOST/api/graphql 或 https://HOST/graphql。</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not a JSON array of pull requests (%1 at byte %2).</source>
        <translation>不是拉取请求的 JSON 数组（第 %2 字节处：%1）。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Weekly review dashboard for merged pull requests</source>
        <translation>已合并拉取请求的每周评审仪表板</translation>
    </message>
    <message>
        <source>GitHub repository OWNER/NAME or HOST/OWNER/NAME.</source>
        <translation>GitHub 仓库 OWNER/NAME 或 HOST/OWNER/NAME。</translation>
    </message>
    <message>
        <source>Local git clone to read.</source>
        <translation>要读取的本地 git 克隆。</translation>
    </message>
    <message>
        <source>ISO week, e.g. 2026-W14.</source>
        <translation>ISO 周，例如 2026-W14。</translation>
    </message>
    <message>
        <source>Time zone of the week, e.g. +08:00.</source>
        <translation>周所用的时区，例如 +08:00。</translation>
    </message>
    <message>
        <source>GitHub API root (for GitHub Enterprise or a test server).</source>
        <translation>GitHub API 根地址（用于 GitHub Enterprise 或测试服务器）。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Load, save the window as PNG to FILE and exit.</source>
        <translation>加载后把窗口保存为 PNG 文件 FILE 并退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>--screenshot 的窗口尺寸，例如 1920x1080。</translation>
    </message>
    <message>
        <source>prlens: unknown language “%1”; use en or zh_CN.</source>
        <translation>prlens：未知语言“%1”；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>prlens: “%1” is not OWNER/NAME or HOST/OWNER/NAME.</source>
        <translation>prlens：“%1”不是 OWNER/NAME 或 HOST/OWNER/NAME。</translation>
    </message>
    <message>
        <source>prlens: “%1” is not an ISO week such as 2026-W14.</source>
        <translation>prlens：“%1”不是 2026-W14 这样的 ISO 周。</translation>
    </message>
    <message>
        <source>prlens: “%1” is not a time zone offset such as +08:00.</source>
        <translation>prlens：“%1”不是 +08:00 这样的时区偏移。</translation>
    </message>
    <message>
        <source>prlens: “%1” is not a URL.</source>
        <translation>prlens：“%1”不是网址。</translation>
    </message>
    <message>
        <source>prlens: could not write %1.</source>
        <translation>prlens：无法写入 %1。</translation>
    </message>
    <message>
        <source>prlens: could not create a temporary folder for the screenshot.</source>
        <translation>prlens：无法为截图创建临时文件夹。</translation>
    </message>
    <message>
        <source>Open the week bundled with PR Lens (vllm-project/vllm, 2026-W13), read offline.</source>
        <translation>打开 PR Lens 自带的演示周（vllm-project/vllm，2026-W13），离线读取。</translation>
    </message>
    <message>
        <source>Tab shown by --screenshot: overview, files, review or related (of the PR shown), or week (the week&apos;s report).</source>
        <translation>--screenshot 显示的标签页：overview、files、review 或 related（所显示的 PR），或 week（本周报告）。</translation>
    </message>
    <message>
        <source>prlens: give only one of --repo, --git and --demo.</source>
        <translation>prlens：--repo、--git 和 --demo 只能指定其一。</translation>
    </message>
    <message>
        <source>prlens: “%1” is not a tab; use overview, files, review, related or week.</source>
        <translation>prlens：“%1”不是标签页；请使用 overview、files、review、related 或 week。</translation>
    </message>
    <message>
        <source>%1 Weeks are read without the cache: nothing is kept for offline use until it can be opened.</source>
        <translation>%1 在能打开缓存之前，各周将不经缓存读取：不会保存任何内容供离线使用。</translation>
    </message>
</context>
<context>
    <name>PrLens::AccountsPage</name>
    <message>
        <source>Add GitHub Enterprise Host</source>
        <translation>添加 GitHub Enterprise 主机</translation>
    </message>
    <message>
        <source>Host name of the GitHub Enterprise server (for example github.example.com):</source>
        <translation>GitHub Enterprise 服务器的主机名（例如 github.example.com）：</translation>
    </message>
    <message>
        <source>“%1” is not a host name, or it is already in the list.</source>
        <translation>“%1”不是主机名，或已在列表中。</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <source>Remove %1 and its token from the system keychain?</source>
        <translation>要移除 %1 并从系统钥匙串中删除它的令牌吗？</translation>
    </message>
    <message>
        <source>The API URLs must be complete http:// or https:// addresses; the last valid ones are kept.</source>
        <translation>API 地址必须是完整的 http:// 或 https:// 地址；已保留上一个有效地址。</translation>
    </message>
    <message>
        <source>Valid token of %1 on %2.</source>
        <translation>%2 上 %1 的有效令牌。</translation>
    </message>
    <message>
        <source>No token: %1 is read without signing in.</source>
        <translation>没有令牌：将以未登录方式读取 %1。</translation>
    </message>
    <message>
        <source>Scopes: not reported (fine-grained token).</source>
        <translation>权限范围：未报告（细粒度令牌）。</translation>
    </message>
    <message>
        <source>Scopes: none (enough for public repositories).</source>
        <translation>权限范围：无（足以读取公开仓库）。</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>权限范围：%1。</translation>
    </message>
    <message>
        <source>Rate limiting is off on this host.</source>
        <translation>此主机未启用速率限制。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: %n request(s) left of %1; resets at %2.</source>
        <translation>
            <numerusform>速率限制：%1 次中剩余 %n 次请求；于 %2 重置。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Add a GitHub Enterprise server</source>
        <translation>添加 GitHub Enterprise 服务器</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>&amp;REST API URL:</source>
        <translation>REST API 地址(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;GraphQL URL:</source>
        <translation>GraphQL 地址(&amp;G)：</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Paste a new token</source>
        <translation>粘贴新令牌</translation>
    </message>
    <message>
        <source>Va&amp;lidate</source>
        <translation>验证(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>保存到钥匙串(&amp;S)</translation>
    </message>
    <message>
        <source>Remove &amp;Token</source>
        <translation>删除令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Without a system keychain, save tokens &amp;unencrypted in a file</source>
        <translation>没有系统钥匙串时，将令牌以未加密方式保存到文件中(&amp;U)</translation>
    </message>
    <message>
        <source>Not recommended: anyone who can read your files can then read your tokens. Leave this off unless no keychain (Secret Service, KWallet) can run here.</source>
        <translation>不推荐：任何能读取你文件的人都能读取你的令牌。除非这里无法运行任何钥匙串（Secret Service、KWallet），否则请保持关闭。</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>正在查找已保存的令牌…</translation>
    </message>
    <message>
        <source>A token for %1 is saved in the system keychain.</source>
        <translation>%1 的令牌已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No token saved for %1: public repositories only, 60 requests per hour.</source>
        <translation>未保存 %1 的令牌：仅限公开仓库，每小时 60 次请求。</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>正在向 %1 验证令牌…</translation>
    </message>
</context>
<context>
    <name>PrLens::AnalysisConfig</name>
    <message>
        <source>The analysis setting &quot;%1&quot; has the wrong type; fix the configuration file.</source>
        <translation>分析设置“%1”的类型不对，请修改配置文件。</translation>
    </message>
    <message>
        <source>Cannot read the analysis settings %1: %2.</source>
        <translation>无法读取分析设置 %1：%2。</translation>
    </message>
    <message>
        <source>The analysis settings %1 are not a JSON object (%2); fix the file.</source>
        <translation>分析设置 %1 不是 JSON 对象（%2），请修改该文件。</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; in &quot;%2&quot; is not a valid glob (an empty pattern, a &quot;[&quot; without &quot;]&quot; or a reversed range such as [z-a]); fix the configuration file.</source>
        <translation>“%2”中的模式“%1”不是有效的通配符模式（空模式、缺少“]”的“[”或颠倒的范围，如 [z-a]），请修改配置文件。</translation>
    </message>
</context>
<context>
    <name>PrLens::AnalysisPage</name>
    <message>
        <source>Rule Override File</source>
        <translation>规则覆盖文件</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Risk rules mark pull requests that deserve a closer look. Switch a rule off or change how severe its findings are.</source>
        <translation>风险规则会标记值得仔细查看的拉取请求。你可以关闭某条规则，或更改其发现的严重程度。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Per-repository &amp;override file:</source>
        <translation>按仓库的覆盖文件(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No override file</source>
        <translation>无覆盖文件</translation>
    </message>
    <message>
        <source>A JSON file with rule settings for particular repositories; its entries take precedence over the choices above.</source>
        <translation>包含特定仓库规则设置的 JSON 文件；其中的条目优先于上面的选择。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>%1, no better than chance</source>
        <translation>%1，不比随机更好</translation>
    </message>
    <message>
        <source>Open a repository to see how often the PRs each rule flagged were later reverted or fixed.</source>
        <translation>打开一个仓库，即可查看每条规则标记的 PR 后来被回滚或修复的频率。</translation>
    </message>
    <message>
        <source>Not measured for this repository yet. “prlens backtest” measures how often the PRs each rule flagged were later reverted or fixed.</source>
        <translation>尚未为此仓库测量。“prlens backtest”可测量每条规则标记的 PR 后来被回滚或修复的频率。</translation>
    </message>
    <message numerus="yes">
        <source>Lift: how many times as often the PRs a rule flagged were reverted or fixed within %n week(s) as the PRs it did not flag, measured over %1 – %2 with a 95 % interval. A rule whose interval reaches 1× measures no better than chance: you may switch it off.</source>
        <translation>
            <numerusform>提升倍数：规则标记的 PR 在 %n 周内被回滚或修复的频率是未标记 PR 的多少倍，基于 %1 – %2 测得，附 95% 区间。区间达到 1 倍的规则不比随机更好：可以将其关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured lift</source>
        <translation>实测提升倍数</translation>
    </message>
    <message>
        <source>&amp;Bot accounts:</source>
        <translation>机器人账号(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. fastdeploy-bot, ci-runner</source>
        <translation>例如 fastdeploy-bot, ci-runner</translation>
    </message>
    <message>
        <source>Logins whose reviews and pull requests the review flow counts apart from people&apos;s, besides GitHub&apos;s bot accounts and logins ending in [bot], in every repository without a list of its own. The override file can add more per repository with &quot;bots&quot;: [&quot;name&quot;].</source>
        <translation>在没有自己列表的每个仓库中，除 GitHub 的机器人账号和以 [bot] 结尾的登录名外，评审流程也将这些登录名的评审和 PR 与人员的分开统计。覆盖文件可用 &quot;bots&quot;: [&quot;name&quot;] 为各仓库添加更多。</translation>
    </message>
    <message>
        <source>&amp;Bot accounts of %1:</source>
        <translation>%1 的机器人账号(&amp;B)：</translation>
    </message>
    <message>
        <source>Logins whose reviews and pull requests the review flow of this repository counts apart from people&apos;s, besides GitHub&apos;s bot accounts and logins ending in [bot]. Until you change it, the list set with no repository open applies. The override file can add more with &quot;bots&quot;: [&quot;name&quot;].</source>
        <translation>除 GitHub 的机器人账号和以 [bot] 结尾的登录名外，本仓库的评审流程也将这些登录名的评审和 PR 与人员的分开统计。在你修改之前，使用未打开仓库时设置的列表。覆盖文件可用 &quot;bots&quot;: [&quot;name&quot;] 添加更多。</translation>
    </message>
</context>
<context>
    <name>PrLens::BacktestText</name>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>重要度 %1</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>%1 = the lift (&quot;2.1×&quot;), %2 and %3 = the 95 % interval&apos;s ends</extracomment>
        <translation>%1（%2–%3）</translation>
    </message>
    <message numerus="yes">
        <source>In this repository over the last %n week(s), too few PRs were flagged “%1” to measure how often they went wrong (%2 flagged).</source>
        <translation>
            <numerusform>在本仓库最近 %n 周中，被标记为“%1”的 PR 太少（%2 个），无法测出它们出问题的频率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this repository over the last %n week(s), PRs flagged “%1” were reverted or fixed %2 as often — %3 of %4 vs %5 of %6.</source>
        <extracomment>%1 = rule title, %2 = lift (&quot;2.1×&quot;), %3 of %4 flagged PRs vs %5 of %6 unflagged PRs were reverted or fixed</extracomment>
        <translation>
            <numerusform>在本仓库最近 %n 周中，被标记为“%1”的 PR 被回滚或修复的频率是其他 PR 的 %2——%4 个中有 %3 个，对比 %6 个中有 %5 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>被标记</translation>
    </message>
    <message>
        <source>Reverted or fixed</source>
        <translation>被回滚或修复</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>未被标记</translation>
    </message>
    <message>
        <source>Lift (95 % interval)</source>
        <translation>提升倍数（95% 区间）</translation>
    </message>
    <message>
        <source>Risk rules back-tested: %1, %2 – %3</source>
        <translation>风险规则回测：%1，%2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s); reverted or fixed within %1 week(s): %2</source>
        <translation>
            <numerusform>%n 个 PR；%1 周内被回滚或修复：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>A PR went wrong when, within %1 week(s) of its merge, a later PR reverted it (Revert &quot;title&quot;, &quot;This reverts commit&quot;, or naming it) or a later bugfix PR named it (#N) or changed lines it added. Lift = the share of flagged PRs that went wrong divided by the share of the other PRs; the interval is Katz&apos;s 95 % log interval. Fewer than %2 flagged or unflagged PRs, or fewer than %3 that went wrong, is not enough data.</source>
        <translation>若某个 PR 合并后 %1 周内被后来的 PR 回滚（标题为 Revert &quot;title&quot;、含 &quot;This reverts commit&quot; 或点名该 PR），或被后来的修复 PR 点名（#N）或修改了它新增的行，即视为出了问题。提升倍数 = 被标记 PR 中出问题的比例除以其他 PR 中出问题的比例；区间为 Katz 95% 对数区间。被标记或未被标记的 PR 少于 %2 个，或出问题的 PR 少于 %3 个，即视为数据不足。</translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s) were merged less than the horizon before the end of the history read; what happened to them later is not known yet.</source>
        <translation>
            <numerusform>%n 个 PR 的合并时间距所读历史的末尾不足一个观察期；它们之后的情况尚不可知。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Importance levels</source>
        <translation>重要度等级</translation>
    </message>
    <message>
        <source>PRs reverted or fixed later</source>
        <translation>后来被回滚或修复的 PR</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>PrLens::CachePage</name>
    <message>
        <source>Clear Cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <source>Remove every cached week? They will be loaded from GitHub again when you open them.</source>
        <translation>要删除所有已缓存的周吗？再次打开时将重新从 GitHub 加载。</translation>
    </message>
    <message>
        <source>Cache File</source>
        <translation>缓存文件</translation>
    </message>
    <message>
        <source>PR Lens cache (*.sqlite);;All files (*)</source>
        <translation>PR Lens 缓存 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cache &amp;file:</source>
        <translation>缓存文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>磁盘占用：</translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>清除缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Weeks you have loaded are kept here so that they open instantly and offline. Tokens are never stored in the cache. A new location takes effect the next time a week is loaded.</source>
        <translation>已加载的周保存在这里，以便离线也能立即打开。令牌从不存入缓存。新位置将在下次加载某一周时生效。</translation>
    </message>
</context>
<context>
    <name>PrLens::CachedWeekSource</name>
    <message>
        <source>Week %1 of %2 is not in the cache; connect and refresh.</source>
        <translation>%2 的第 %1 周不在缓存中；请联网后刷新。</translation>
    </message>
    <message>
        <source>The changes of PR #%1 of %2 are not in the cache; connect and open it again.</source>
        <translation>%2 的 PR #%1 的改动不在缓存中；请联网后重新打开。</translation>
    </message>
</context>
<context>
    <name>PrLens::ChartRenderer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Chart exported by PR Lens</source>
        <translation>由 PR Lens 导出的图表</translation>
    </message>
    <message>
        <source>the image could not be encoded.</source>
        <translation>无法编码图像。</translation>
    </message>
</context>
<context>
    <name>PrLens::CompletenessLedger</name>
    <message>
        <source>Truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>GitHub listed no more</source>
        <translation>GitHub 未列出更多</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>超时未响应</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>无法读取的响应</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>reading the rest failed: %1</source>
        <translation>读取其余部分失败：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>File list cut: GitHub listed %1 of %2 files.</source>
        <translation>文件列表被截断：GitHub 只列出了 %2 个文件中的 %1 个。</translation>
    </message>
    <message>
        <source>Diff text cut: patches of %1 of %2 files (GitHub lists at most %3).</source>
        <translation>diff 文本被截断：只有 %2 个文件中 %1 个文件的补丁（GitHub 最多列出 %3 个）。</translation>
    </message>
    <message>
        <source>Labels cut: the first %1 of %2 were read.</source>
        <translation>标签被截断：只读取了 %2 个中的前 %1 个。</translation>
    </message>
    <message>
        <source>Reviews cut: %1 of %2 read; %3.</source>
        <translation>评审被截断：读取了 %2 条中的 %1 条；%3。</translation>
    </message>
    <message>
        <source>Review threads cut: %1 of %2 read; %3.</source>
        <translation>评审讨论被截断：读取了 %2 个中的 %1 个；%3。</translation>
    </message>
    <message numerus="yes">
        <source>Comments cut in %n review thread(s): %1.</source>
        <translation>
            <numerusform>%n 个评审讨论中的评论被截断：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cut: %1 PRs announced in one range with the week already split into %3 ranges; GitHub lists only %2.</source>
        <translation>搜索被截断：一周已拆分为 %3 个区间，其中一个区间仍有 %1 个 PR；GitHub 最多只列出 %2 个。</translation>
    </message>
    <message>
        <source>Search cut: %1 PRs merged within one second; GitHub lists only %2.</source>
        <translation>搜索被截断：同一秒内合并了 %1 个 PR，GitHub 只列出 %2 个。</translation>
    </message>
    <message>
        <source>Search incomplete: GitHub answered a search page with errors.</source>
        <translation>搜索不完整：GitHub 返回的一页搜索结果带有错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) retried after errors.</source>
        <translation>
            <numerusform>%n 个请求在出错后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) after GitHub asked to slow down (until %1).</source>
        <translation>
            <numerusform>GitHub 要求放慢速度，等待了 %n 秒（至 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) for the rate limit (until %1).</source>
        <translation>
            <numerusform>因速率限制等待了 %n 秒（至 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped with --no-patches; the rules that read diff text did not run</source>
        <translation>因 --no-patches 而跳过；读取差异文本的规则未运行</translation>
    </message>
    <message>
        <source>this source reads no patches</source>
        <translation>此数据源不读取补丁</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>不在缓存中</translation>
    </message>
    <message>
        <source>no clone to read them from</source>
        <translation>没有可供读取的克隆</translation>
    </message>
    <message>
        <source>the commit is not in the clone</source>
        <translation>该提交不在克隆中</translation>
    </message>
    <message>
        <source>git failed</source>
        <translation>git 运行失败</translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation>令牌被拒绝</translation>
    </message>
    <message>
        <source>the rate limit is used up</source>
        <translation>速率限制已用尽</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>the source failed</source>
        <translation>数据源加载失败</translation>
    </message>
    <message>
        <source>Patches not read: %1.</source>
        <translation>未读取补丁：%1。</translation>
    </message>
    <message>
        <source>Review flow not measured: this source has no review times (when PRs were opened, left draft and were reviewed, and by whom).</source>
        <translation>未统计评审流程：该数据源没有评审时间（PR 何时创建、何时结束草稿、何时由谁评审）。</translation>
    </message>
</context>
<context>
    <name>PrLens::CorePathRule</name>
    <message>
        <source>Core path change</source>
        <translation>核心路径变更</translation>
    </message>
    <message>
        <source>Touches a core file: one of the repository&apos;s most-changed source files over recent weeks, or a path matching the configured core globs.</source>
        <translation>改动了核心文件：仓库近几周改动最频繁的源文件之一，或与配置的核心路径通配符匹配的路径。</translation>
    </message>
    <message>
        <source>Have an owner of the core files review these PRs and watch them for regressions.</source>
        <translation>请核心文件的负责人复查这些 PR，并留意是否引入回归。</translation>
    </message>
    <message numerus="yes">
        <source>Touches %n core file(s).</source>
        <translation>
            <numerusform>改动了 %n 个核心文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Core path</source>
        <translation>核心路径</translation>
    </message>
</context>
<context>
    <name>PrLens::CountBarChart</name>
    <message numerus="yes">
        <source>%1: %n PR(s)</source>
        <translation>
            <numerusform>%1：%n 个 PR</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Hot files</source>
        <translation>热点文件</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Risk findings</source>
        <translation>风险发现</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR 数</translation>
    </message>
    <message>
        <source>Time to merge</source>
        <translation>合并用时</translation>
    </message>
    <message>
        <source>Reviewer load</source>
        <translation>评审负载</translation>
    </message>
</context>
<context>
    <name>PrLens::DashboardChart</name>
    <message>
        <source>No data for this week</source>
        <translation>本周没有数据</translation>
    </message>
</context>
<context>
    <name>PrLens::DebugLeftoversRule</name>
    <message>
        <source>Debug code left in</source>
        <translation>遗留调试代码</translation>
    </message>
    <message>
        <source>Remove the debugging output or turn it into proper logging.</source>
        <translation>删除调试输出，或改为正式的日志记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n debugging line(s) added.</source>
        <translation>
            <numerusform>新增了 %n 行调试代码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added lines in production source (not tests, examples, scripts, tools or benchmarks) with debugging calls: print( at the start of a Python statement, breakpoint(), pdb.set_trace, import pdb, console.log, debugger;, dbg!, fmt.Println, qDebug(); or a module-level Python dict that the change writes (NAME[key] = value) but never reads.</source>
        <translation>生产源码（不含测试、示例、脚本、工具和基准测试）中新增了调试调用：Python 语句开头的 print(、breakpoint()、pdb.set_trace、import pdb、console.log、debugger;、dbg!、fmt.Println、qDebug()；或新增了一个模块级 Python 字典，改动中只写入（NAME[key] = value）而从不读取。</translation>
    </message>
    <message>
        <source>Debug leftovers</source>
        <translation>调试残留</translation>
    </message>
</context>
<context>
    <name>PrLens::DemoWeekSource</name>
    <message>
        <source>The demo week is missing from this build of PR Lens.</source>
        <translation>此 PR Lens 版本缺少演示周数据。</translation>
    </message>
    <message>
        <source>The demo week of this build of PR Lens is damaged.</source>
        <translation>此 PR Lens 版本的演示周数据已损坏。</translation>
    </message>
    <message>
        <source>The demo holds only %1 of %2; open a repository to see other weeks.</source>
        <translation>演示仅包含 %2 的 %1；打开一个仓库即可查看其他周。</translation>
    </message>
    <message>
        <source>PR #%1 is not in the demo week.</source>
        <translation>PR #%1 不在演示周中。</translation>
    </message>
</context>
<context>
    <name>PrLens::DependencyManifestRule</name>
    <message>
        <source>Dependency change</source>
        <translation>依赖变更</translation>
    </message>
    <message>
        <source>Added dependency lines in a manifest (requirements*.txt, setup.py, pyproject.toml, package.json, Cargo.toml, go.mod, Gemfile, CMake find_package/FetchContent); the finding says when the manifest&apos;s lock file did not change with it.</source>
        <translation>依赖清单（requirements*.txt、setup.py、pyproject.toml、package.json、Cargo.toml、go.mod、Gemfile、CMake find_package/FetchContent）中新增了依赖行；若清单对应的锁文件没有一起更新，结果中会注明。</translation>
    </message>
    <message>
        <source>Check the new or changed dependencies: licence, maintenance, size, and that lock files are updated.</source>
        <translation>检查新增或变更的依赖：许可证、维护状况、体积，以及锁文件是否已更新。</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency line(s) added; lock file not updated (%1).</source>
        <translation>
            <numerusform>新增了 %n 行依赖；锁文件未更新（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency line(s) added.</source>
        <translation>
            <numerusform>新增了 %n 行依赖。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依赖变更</translation>
    </message>
</context>
<context>
    <name>PrLens::DiffDelegate</name>
    <message numerus="yes">
        <source>… (line cut, %n character(s))</source>
        <translation>
            <numerusform>…（此行过长，已截断，共 %n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::DiffModel</name>
    <message>
        <source>Binary file — no diff</source>
        <translation>二进制文件 — 无差异</translation>
    </message>
    <message>
        <source>Diff not available: too large or not loaded</source>
        <translation>差异不可用：文件过大或尚未加载</translation>
    </message>
    <message>
        <source>No changed lines (renamed, copied or mode change only)</source>
        <translation>没有改动的行（仅重命名、复制或权限变更）</translation>
    </message>
    <message>
        <source>Diff truncated by the source — open the file on GitHub to see the rest</source>
        <translation>差异已被数据源截断 — 在 GitHub 上打开该文件查看其余部分</translation>
    </message>
</context>
<context>
    <name>PrLens::DiffView</name>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Hunk</source>
        <translation>下一个差异块(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Hunk</source>
        <translation>上一个差异块(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PrLens::FileListModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>类型变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (binary)</source>
        <translation>%1（二进制）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>PrLens::FilterChip</name>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Clear the chart filter</source>
        <translation>清除图表筛选</translation>
    </message>
    <message>
        <source>Time to merge: %1</source>
        <translation>合并用时：%1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>评审者：%1</translation>
    </message>
</context>
<context>
    <name>PrLens::GeneralPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Time zone for weeks:</source>
        <translation>周的时区(&amp;T)：</translation>
    </message>
    <message>
        <source>ISO weeks run from Monday 00:00 to Sunday 24:00 in this time zone; use your team&apos;s.</source>
        <translation>ISO 周按此时区从周一 00:00 到周日 24:00；请使用你团队的时区。</translation>
    </message>
    <message>
        <source>&amp;Highlighted PRs per week:</source>
        <translation>每周重点 PR 数(&amp;H)：</translation>
    </message>
    <message>
        <source>The most important pull requests of a week are highlighted in the summary and the report.</source>
        <translation>每周最重要的拉取请求会在摘要和报告中重点显示。</translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubPatchLoader</name>
    <message>
        <source>Pull request #%1 of %2 was not found on %3, or your token cannot see it.</source>
        <translation>在 %3 上找不到 %2 的拉取请求 #%1，或者你的令牌无权查看。</translation>
    </message>
    <message>
        <source>%1 sent an unexpected answer for the files of #%2. Try again later.</source>
        <translation>%1 对 #%2 的文件列表返回了意外的应答。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubRequester</name>
    <message>
        <source>%1 redirected the request too often. Check the server address.</source>
        <translation>%1 重定向请求的次数过多。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The GitHub rate limit on %1 is used up until %2. Try again after that, or use a token with a higher limit.</source>
        <translation>%1 上的 GitHub 速率限制在 %2 之前已用尽。请在此之后重试，或使用限额更高的令牌。</translation>
    </message>
    <message>
        <source>%1 rejected the token (HTTP 401). Check or renew the token for this host in Settings.</source>
        <translation>%1 拒绝了令牌（HTTP 401）。请在设置中检查或更新此主机的令牌。</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403). Check that the token may read this repository.</source>
        <translation>%1 拒绝访问（HTTP 403）。请检查令牌是否有权读取此仓库。</translation>
    </message>
    <message>
        <source>%1 has nothing at that address (HTTP %2). Check the repository name.</source>
        <translation>%1 上该地址没有内容（HTTP %2）。请检查仓库名称。</translation>
    </message>
    <message>
        <source>%1 turned the request down (HTTP %2). Check the repository and week, then try again.</source>
        <translation>%1 拒绝了请求（HTTP %2）。请检查仓库和周次后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach %1 (%2), %n attempt(s). Check the network connection and try again.</source>
        <translation>
            <numerusform>无法连接 %1（%2），已尝试 %n 次。请检查网络连接后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer in time, %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 未能及时应答，已尝试 %n 次。请稍后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept failing with HTTP %2, %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 持续返回 HTTP %2 错误，已尝试 %n 次。请稍后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent incomplete or unreadable data, %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 返回的数据不完整或无法读取，已尝试 %n 次。请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers only signed-in requests. Add a token for this host in Settings.</source>
        <translation>%1 只应答已登录的请求。请在设置中为此主机添加令牌。</translation>
    </message>
    <message>
        <source>%1 pointed the request to another address (%2). PR Lens reads only from the API&apos;s own address; check the server address in Settings.</source>
        <translation>%1 将请求指向了另一个地址（%2）。PR Lens 只从 API 自身的地址读取数据；请在设置中检查服务器地址。</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 for one request, so PR Lens stopped reading it. Check the server address, or try again later.</source>
        <translation>%1 对单个请求返回的数据超过 %2，PR Lens 已停止读取。请检查服务器地址，或稍后重试。</translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubSource</name>
    <message>
        <source>Cannot read “%1” for week %2 from GitHub. Check the repository (owner/name) and the week (YYYY-Www).</source>
        <translation>无法从 GitHub 读取“%1”第 %2 周的数据。请检查仓库（owner/name）和周次（YYYY-Www）。</translation>
    </message>
    <message>
        <source>Searching merged pull requests of %1 in %2…</source>
        <translation>正在搜索 %1 在 %2 合并的拉取请求…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n pull request(s).</source>
        <translation>
            <numerusform>已加载 %n 个拉取请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading pull requests of %1: %2 of %n…</source>
        <translation>
            <numerusform>正在读取 %1 的拉取请求：%2 / %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Repository %1 was not found on %2, or your token cannot see it.</source>
        <translation>在 %2 上找不到仓库 %1，或者你的令牌无权查看。</translation>
    </message>
    <message>
        <source>%1 refused to show this repository. Check that the token may read it.</source>
        <translation>%1 拒绝显示此仓库。请检查令牌是否有权读取。</translation>
    </message>
    <message>
        <source>%1 could not answer the query (%2). Try again later.</source>
        <translation>%1 无法应答查询（%2）。请稍后重试。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message numerus="yes">
        <source>GitHub asked to slow down; resuming at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>GitHub 要求放慢请求；将于 %1 继续（%n 秒后）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub rate limit reached; resuming at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>已达到 GitHub 速率限制；将于 %1 继续（%n 秒后）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read patches of “%1” #%2 from GitHub. Check the repository and number.</source>
        <translation>无法从 GitHub 读取“%1” #%2 的补丁。请检查仓库和编号。</translation>
    </message>
    <message>
        <source>Cannot read %4: %1 has no GraphQL API at %2 (HTTP 404). PR Lens used the REST root %3 and the GraphQL URL %2. GitHub Enterprise Server serves them at https://HOST/api/v3 and https://HOST/api/graphql, data residency at https://api.SUBDOMAIN.ghe.com and https://api.SUBDOMAIN.ghe.com/graphql: set them in Settings › Accounts, or give --api-url and --graphql-url.</source>
        <translation>无法读取 %4：%1 在 %2 上没有 GraphQL API（HTTP 404）。PR Lens 使用的 REST 根地址为 %3，GraphQL 地址为 %2。GitHub Enterprise Server 的地址为 https://HOST/api/v3 和 https://HOST/api/graphql，数据驻留（data residency）的地址为 https://api.SUBDOMAIN.ghe.com 和 https://api.SUBDOMAIN.ghe.com/graphql：请在 设置 › 账户 中填写，或使用 --api-url 和 --graphql-url 指定。</translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubSupport</name>
    <message>
        <source>PR Lens&apos;s GitHub support (%1) belongs to another version of PR Lens. Reinstall PR Lens.</source>
        <translation>PR Lens 的 GitHub 支持（%1）属于另一版本的 PR Lens。请重新安装 PR Lens。</translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubWeekPatches</name>
    <message>
        <source>Reading patches: %1 of %2…</source>
        <translation>正在读取补丁：第 %1 个，共 %2 个…</translation>
    </message>
</context>
<context>
    <name>PrLens::GitSource</name>
    <message>
        <source>The git program was not found. Install git and make sure it is on the PATH.</source>
        <translation>找不到 git 程序。请安装 git，并确认它在 PATH 中。</translation>
    </message>
    <message>
        <source>There is no folder at %1. Choose the folder of a git clone.</source>
        <translation>%1 处没有文件夹。请选择一个 git 克隆所在的文件夹。</translation>
    </message>
    <message>
        <source>The week %1 does not exist. Choose a valid ISO week.</source>
        <translation>第 %1 周不存在。请选择一个有效的 ISO 周。</translation>
    </message>
    <message>
        <source>There is no branch “%1” in %2. List the branches with “git branch -a”.</source>
        <translation>%2 中没有分支“%1”。可用“git branch -a”列出所有分支。</translation>
    </message>
    <message>
        <source>Reading the git history of %1…</source>
        <translation>正在读取 %1 的 git 历史…</translation>
    </message>
    <message>
        <source>The git program (%1) could not be started. Install git or check its path.</source>
        <translation>无法启动 git 程序（%1）。请安装 git 或检查其路径。</translation>
    </message>
    <message>
        <source>git stopped unexpectedly while reading %1. Try again.</source>
        <translation>读取 %1 时 git 意外停止。请重试。</translation>
    </message>
    <message>
        <source>%1 is not a git repository. Choose the folder of a git clone.</source>
        <translation>%1 不是 git 仓库。请选择一个 git 克隆所在的文件夹。</translation>
    </message>
    <message>
        <source>git refuses to read %1 because another user owns it. Trust it with “git config --global --add safe.directory %1”.</source>
        <translation>%1 属于其他用户，git 拒绝读取。可用“git config --global --add safe.directory %1”将其设为可信。</translation>
    </message>
    <message>
        <source>git could not read %1: %2</source>
        <translation>git 无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n commit(s) of the week.</source>
        <translation>
            <numerusform>已读取本周的 %n 个提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>This shallow clone reaches back only to %1, after the start of week %2. Fetch more history with “git fetch --shallow-since=%3” or choose a later week.</source>
        <translation>此浅克隆的历史只回溯到 %1，晚于第 %2 周的开始。请用“git fetch --shallow-since=%3”获取更多历史，或选择更晚的一周。</translation>
    </message>
    <message>
        <source>Reading the git history was cancelled.</source>
        <translation>已取消读取 git 历史。</translation>
    </message>
    <message>
        <source>Pull request #%1 has no commit in this clone to read a diff from.</source>
        <translation>拉取请求 #%1 在此克隆中没有可读取差异的提交。</translation>
    </message>
    <message>
        <source>The diff of #%1 could not be read with git: %2</source>
        <translation>无法用 git 读取 #%1 的差异：%2</translation>
    </message>
    <message>
        <source>Reading patches: %1 of %2…</source>
        <translation>正在读取补丁：第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <source>The commits git read could not be read back from %1. Check that the temporary folder has free space, then try again.</source>
        <translation>无法从 %1 读回 git 读取的提交。请检查临时文件夹是否有可用空间，然后重试。</translation>
    </message>
</context>
<context>
    <name>PrLens::HardCodedLiteralRule</name>
    <message>
        <source>Hard-coded value in a core path</source>
        <translation>核心路径中的硬编码值</translation>
    </message>
    <message>
        <source>Added code lines in core files with an IPv4 address or an http(s) URL. Magic numbers are not flagged: without types they cannot be told apart from ordinary constants precisely enough.</source>
        <translation>核心文件中新增的代码行包含 IPv4 地址或 http(s) URL。魔法数字不在检查之列：没有类型信息时无法可靠地把它们与普通常量区分开。</translation>
    </message>
    <message>
        <source>Move hard-coded addresses and URLs into configuration.</source>
        <translation>把硬编码的地址和 URL 移到配置中。</translation>
    </message>
    <message numerus="yes">
        <source>%n hard-coded address(es) or URL(s) added in core files.</source>
        <translation>
            <numerusform>核心文件中新增了 %n 处硬编码的地址或 URL。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hard-coded value</source>
        <translation>硬编码值</translation>
    </message>
</context>
<context>
    <name>PrLens::Importance</name>
    <message numerus="yes">
        <source>Size %1: %n changed line(s)</source>
        <translation>
            <numerusform>规模 %1：改动 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Touches %n module(s)</source>
        <translation>
            <numerusform>涉及 %n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Touches %n core file(s)</source>
        <translation>
            <numerusform>改动 %n 个核心文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active review: %n review(s) and thread comment(s)</source>
        <translation>
            <numerusform>评审活跃：%n 条评审与讨论评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Only maintenance tags (%1)</source>
        <translation>仅有维护类标签（%1）</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>标签为 %1</translation>
    </message>
</context>
<context>
    <name>PrLens::LargeChangeRule</name>
    <message>
        <source>Large change</source>
        <translation>大规模改动</translation>
    </message>
    <message>
        <source>Size buckets by changed lines, generated, lock and vendored files not counted: XS &lt; 10, S &lt; 30, M &lt; 100, L &lt; 500, XL &lt; 1000, XXL ≥ 1000. Fires from XL; XXL is one severity higher.</source>
        <translation>按改动行数划分规模（不计生成文件、锁文件和第三方代码）：XS &lt; 10，S &lt; 30，M &lt; 100，L &lt; 500，XL &lt; 1000，XXL ≥ 1000。从 XL 起触发；XXL 的严重程度再高一级。</translation>
    </message>
    <message>
        <source>Split very large changes, or review them in several sittings with the author.</source>
        <translation>拆分特别大的改动，或与作者分几次完成评审。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s), size %1.</source>
        <translation>
            <numerusform>改动 %n 行，规模 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::LayoutActions</name>
    <message>
        <source>Show &amp;Charts</source>
        <translation>显示图表(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the charts (%1)</source>
        <translation>显示或隐藏图表（%1）</translation>
    </message>
    <message>
        <source>&amp;Focus on Details</source>
        <translation>专注详情(&amp;F)</translation>
    </message>
    <message>
        <source>Give the pull request&apos;s details the whole window, and back (%1)</source>
        <translation>让 PR 详情占满整个窗口，再按一次还原（%1）</translation>
    </message>
</context>
<context>
    <name>PrLens::LoadError</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
</context>
<context>
    <name>PrLens::MainWindow</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Search title, author, tag or path (%1)</source>
        <translation>搜索标题、作者、标签或路径（%1）</translation>
    </message>
    <message>
        <source>%1 · %2 — PR Lens</source>
        <translation>%1 · %2 — PR Lens</translation>
    </message>
    <message>
        <source>PR Lens</source>
        <translation>PR Lens</translation>
    </message>
    <message>
        <source>“%1” is not a repository. Type owner/name, host/owner/name or the folder of a git clone.</source>
        <translation>“%1”不是仓库。请输入 owner/name、host/owner/name 或 git 克隆的文件夹。</translation>
    </message>
    <message>
        <source>Loading was cancelled; the week shown is unchanged.</source>
        <translation>加载已取消；显示的周保持不变。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>The week could not be loaded.</source>
        <translation>无法加载该周。</translation>
    </message>
    <message>
        <source>%1 Still showing %2 of %3.</source>
        <translation>%1 仍显示 %3 的 %2。</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>Cached %1</source>
        <translation>已缓存，%1</translation>
    </message>
    <message>
        <source>Read from the cache; fetched %1. Refresh reads it again.</source>
        <translation>读取自缓存；获取于%1。刷新会重新读取。</translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation>获取于%1</translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s)</source>
        <translation>
            <numerusform>%n 个 PR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n PR(s)</source>
        <translation>
            <numerusform>%1 / %n 个 PR</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The rule override file was not used: %1</source>
        <translation>未使用规则覆盖文件：%1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Welcome to PR Lens. This is a demo: a week of %1 bundled with the program. Open your own repository to review its week.</source>
        <translation>欢迎使用 PR Lens。这是演示：程序自带的 %1 的一周数据。打开你自己的仓库即可回顾它的一周。</translation>
    </message>
    <message>
        <source>Open a GitHub repository…</source>
        <translation>打开 GitHub 仓库…</translation>
    </message>
    <message>
        <source>Demo: %1 · %2 — PR Lens</source>
        <translation>演示：%1 · %2 — PR Lens</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Weekly Report</source>
        <translation>周报(&amp;W)</translation>
    </message>
    <message>
        <source>Show the week&apos;s report beside the PR list</source>
        <translation>在 PR 列表旁显示本周报告</translation>
    </message>
    <message>
        <source>Open a local clone…</source>
        <translation>打开本地克隆…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the patches was cancelled: the diff rules did not run on %n pull request(s); the completeness ledger lists them.</source>
        <translation>
            <numerusform>补丁读取已取消：diff 规则未在 %n 个 PR 上运行；完整性记录列出了这些 PR。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The patches of %n pull request(s) could not be read, so the diff rules did not run on them; the completeness ledger lists them.</source>
        <translation>
            <numerusform>%n 个 PR 的补丁无法读取，因此 diff 规则未在这些 PR 上运行；完整性记录列出了这些 PR。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::MessageBar</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PrLens::MissingTestsRule</name>
    <message>
        <source>Missing tests</source>
        <translation>缺少测试</translation>
    </message>
    <message>
        <source>Program source changed (not examples, scripts or benchmarks) and no test file changed in the same pull request.</source>
        <translation>程序源码有改动（不含示例、脚本和基准测试），但同一 PR 中没有任何测试文件改动。</translation>
    </message>
    <message>
        <source>Ask the authors of these PRs for tests, or record why none are needed.</source>
        <translation>请这些 PR 的作者补充测试，或记录不需要测试的理由。</translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) changed without a test change.</source>
        <translation>
            <numerusform>改动了 %n 个源文件，但没有改动测试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::ModuleTrendChart</name>
    <message numerus="yes">
        <source>%1: %n PR(s)</source>
        <translation>
            <numerusform>%1：%n 个 PR</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>Modules over the last %n week(s)</source>
        <translation>
            <numerusform>最近 %n 周的模块</numerusform>
        </translation>
    </message>
    <message>
        <source>No module trend yet</source>
        <translation>暂无模块趋势</translation>
    </message>
</context>
<context>
    <name>PrLens::NewEnvVarRule</name>
    <message>
        <source>New environment variable</source>
        <translation>新增环境变量</translation>
    </message>
    <message>
        <source>Added lines read an environment variable (os.environ, os.getenv, getenv(, process.env, std::env::var, System.getenv, os.Getenv, qEnvironmentVariable) or register one in an envs.py table; names that were only moved (also on a removed line) are not counted.</source>
        <translation>新增的代码行读取了环境变量（os.environ、os.getenv、getenv(、process.env、std::env::var、System.getenv、os.Getenv、qEnvironmentVariable），或在 envs.py 表中注册了环境变量；仅被移动的变量名（也出现在删除行中）不计入。</translation>
    </message>
    <message>
        <source>Document the new environment variables and their defaults, and check that deployments set them.</source>
        <translation>为新的环境变量及其默认值编写文档，并确认部署环境已设置它们。</translation>
    </message>
    <message numerus="yes">
        <source>Reads %n new environment variable(s): %1.</source>
        <translation>
            <numerusform>读取了 %n 个新的环境变量：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>New env var</source>
        <translation>新增环境变量</translation>
    </message>
</context>
<context>
    <name>PrLens::NoApprovalRule</name>
    <message>
        <source>Merged without approval</source>
        <translation>未经批准即合并</translation>
    </message>
    <message>
        <source>No review approved the pull request before it was merged.</source>
        <translation>合并前没有任何评审批准该 PR。</translation>
    </message>
    <message>
        <source>Review these PRs after the fact and check the branch protection settings.</source>
        <translation>事后补做这些 PR 的评审，并检查分支保护设置。</translation>
    </message>
    <message numerus="yes">
        <source>Merged with %n review(s), none approving.</source>
        <translation>
            <numerusform>合并时有 %n 条评审，但没有一条是批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>No approval</source>
        <translation>未经批准</translation>
    </message>
</context>
<context>
    <name>PrLens::NotEvaluated</name>
    <message numerus="yes">
        <source>Not evaluated: the diff text of %n file(s) is not loaded.</source>
        <translation>
            <numerusform>未评估：%n 个文件的 diff 文本尚未加载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not evaluated: the diff text of %n file(s) was cut by the source.</source>
        <translation>
            <numerusform>未评估：%n 个文件的 diff 文本被数据源截断。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated: this source has no review data.</source>
        <translation>未评估：该数据源没有评审数据。</translation>
    </message>
    <message>
        <source>Not evaluated: the file list was cut by the source.</source>
        <translation>未评估：文件列表被数据源截断。</translation>
    </message>
    <message>
        <source>Not evaluated: not every review could be read from the source; an unread one may be the approval.</source>
        <translation>未评估：未能从数据源读取全部评审，未读取的评审中可能有批准。</translation>
    </message>
    <message>
        <source>Not evaluated: not every review thread could be read from the source; an unread one may be open.</source>
        <translation>未评估：未能从数据源读取全部评审讨论串，未读取的讨论串可能仍未解决。</translation>
    </message>
</context>
<context>
    <name>PrLens::PrDetailPane</name>
    <message>
        <source>Open on GitHub</source>
        <translation>在 GitHub 上打开</translation>
    </message>
    <message>
        <source>Open this pull request in the web browser</source>
        <translation>在浏览器中打开此 PR</translation>
    </message>
    <message>
        <source>Open File on GitHub</source>
        <translation>在 GitHub 上打开文件</translation>
    </message>
    <message>
        <source>Open this file&apos;s diff in the web browser</source>
        <translation>在浏览器中打开此文件的差异</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Files &amp;&amp; diff (%1)</source>
        <translation>文件与差异 (%1)</translation>
    </message>
    <message>
        <source>Files &amp;&amp; diff</source>
        <translation>文件与差异</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>评审 (%1)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Related (%1)</source>
        <translation>关联 (%1)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>No pull request selected</source>
        <translation>未选择 PR</translation>
    </message>
    <message>
        <source>Select a pull request in the list to see its report, diff and review.</source>
        <translation>在列表中选择一个 PR 以查看其报告、差异和评审。</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>作者未知</translation>
    </message>
    <message>
        <source>Direct commit by %1 · %2 · +%3 −%4 · %5</source>
        <translation>%1 的直接提交 · %2 · +%3 −%4 · %5</translation>
    </message>
    <message>
        <source>#%1 by %2 · merged %3 · +%4 −%5 · %6</source>
        <translation>#%1，作者 %2 · 合并于 %3 · +%4 −%5 · %6</translation>
    </message>
    <message>
        <source>The pull request has no description.</source>
        <translation>此 PR 没有描述。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Show pull request #%1</source>
        <translation>显示 PR #%1</translation>
    </message>
    <message>
        <source>No related pull requests: none of the recent weeks&apos; pull requests touch the same files, revert this one or follow it up.</source>
        <translation>没有关联的 PR：最近几周没有 PR 修改相同的文件、回滚此 PR 或对其进行后续修复。</translation>
    </message>
    <message>
        <source>Loading diff…</source>
        <translation>正在加载差异…</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>The week&apos;s report: summary, key changes, modules, risks, highlighted PRs and recommendations</source>
        <translation>本周报告：执行摘要、重点变化、模块、风险、重点 PR 与后续建议</translation>
    </message>
</context>
<context>
    <name>PrLens::PrOutcome</name>
    <message>
        <source>Reverted by #%1 (its title quotes this PR)</source>
        <translation>被 #%1 回滚（其标题引用了本 PR）</translation>
    </message>
    <message>
        <source>Reverted by #%1 (it reverts this PR&apos;s commit)</source>
        <translation>被 #%1 回滚（它回滚了本 PR 的提交）</translation>
    </message>
    <message>
        <source>Reverted by #%1 (it names this PR)</source>
        <translation>被 #%1 回滚（它点名了本 PR）</translation>
    </message>
    <message>
        <source>Fixed by #%1 (a fix naming this PR)</source>
        <translation>被 #%1 修复（一个点名本 PR 的修复）</translation>
    </message>
    <message>
        <source>Fixed by #%1 (a fix changing %2 line %3 this PR added)</source>
        <translation>被 #%1 修复（该修复改动了本 PR 在 %2 第 %3 行新增的内容）</translation>
    </message>
</context>
<context>
    <name>PrLens::PrReport</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Merged %1 by %2 · %3</source>
        <translation>%1 由 %2 合并 · %3</translation>
    </message>
    <message>
        <source>By %1 · %2</source>
        <translation>作者 %1 · %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s), size %2, importance %3 of 5.</source>
        <translation>
            <numerusform>%n 个文件改动 %1，规模 %2，重要度 %3/5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>功能与动机</translation>
    </message>
    <message>
        <source>The description is empty.</source>
        <translation>描述为空。</translation>
    </message>
    <message>
        <source>Implementation breakdown</source>
        <translation>实现拆解</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>The source listed %1 of %n changed file(s).</source>
        <translation>
            <numerusform>数据源只列出了 %n 个改动文件中的 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Key hunk</source>
        <translation>关键代码片段</translation>
    </message>
    <message>
        <source>No diff text is loaded for this pull request.</source>
        <translation>该 PR 尚未加载 diff 文本。</translation>
    </message>
    <message>
        <source>Review highlights</source>
        <translation>评论区精华</translation>
    </message>
    <message>
        <source>This source has no review data (reviews and threads are only known from GitHub).</source>
        <translation>该数据源没有评审数据（评审与讨论串只能从 GitHub 获取）。</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), %1; %2.</source>
        <translation>
            <numerusform>%n 条评审，%1；%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n 个批准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) unresolved at merge</source>
        <translation>
            <numerusform>合并时有 %n 个讨论串未解决</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Risks and impact</source>
        <translation>风险与影响</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>（%1）%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk rule fired and every check ran.</source>
        <translation>没有触发任何风险规则，所有检查均已执行。</translation>
    </message>
    <message>
        <source>Related PRs</source>
        <translation>关联脉络</translation>
    </message>
    <message>
        <source>No earlier PR in the loaded weeks touches the same files.</source>
        <translation>已加载的各周中没有更早的 PR 改动过相同文件。</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review(s) could be read from the source.</source>
        <translation>
            <numerusform>%n 个评审中只有 %1 个能从数据源读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review thread(s) could be read from the source.</source>
        <translation>
            <numerusform>%n 个评审讨论串中只有 %1 个能从数据源读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
</context>
<context>
    <name>PrLens::PrTableModel</name>
    <message>
        <source>direct</source>
        <translation>直接提交</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>Importance %1 of 5: %2</source>
        <translation>重要度 %1/5：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>1 (minor) to 5 (most important), from size, breadth, core paths and risks</source>
        <translation>1（次要）到 5（最重要），依据规模、涉及范围、核心路径和风险</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未评审</translation>
    </message>
    <message>
        <source>First review by %1 after %2</source>
        <translation>%2 后由 %1 首次评审</translation>
    </message>
    <message>
        <source>Merged without a review by a person other than its author</source>
        <translation>未经作者以外的人评审即合并</translation>
    </message>
    <message>
        <source>Waited for review</source>
        <translation>等待评审</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>开放时长</translation>
    </message>
    <message>
        <source>From ready for review (or opening) to the first review by a person other than the author</source>
        <translation>从可供评审（或创建）到作者以外的人首次评审</translation>
    </message>
    <message>
        <source>From ready for review (or opening) to the merge</source>
        <translation>从可供评审（或创建）到合并</translation>
    </message>
</context>
<context>
    <name>PrLens::ProgramModule</name>
    <message>
        <source>A part of PR Lens (%1) could not be loaded: %2. Reinstall PR Lens.</source>
        <translation>无法加载 PR Lens 的组件（%1）：%2。请重新安装 PR Lens。</translation>
    </message>
</context>
<context>
    <name>PrLens::RelatedPr</name>
    <message>
        <source>Reverts #%1</source>
        <translation>回滚 #%1</translation>
    </message>
    <message>
        <source>Reverted by #%1</source>
        <translation>被 #%1 回滚</translation>
    </message>
    <message>
        <source>Follow-up fix of #%1</source>
        <translation>#%1 的后续修复</translation>
    </message>
    <message>
        <source>Fixed later by #%1</source>
        <translation>后来由 #%1 修复</translation>
    </message>
    <message numerus="yes">
        <source>#%1 touched %n of the same file(s)</source>
        <translation>
            <numerusform>#%1 改动过其中 %n 个相同文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::RepoSpec</name>
    <message>
        <source>The repository is empty; write it as OWNER/NAME, HOST/OWNER/NAME or a URL.</source>
        <translation>仓库为空；请写成 OWNER/NAME、HOST/OWNER/NAME 或网址。</translation>
    </message>
    <message>
        <source>Write the repository as OWNER/NAME, HOST/OWNER/NAME or https://HOST/OWNER/NAME.</source>
        <translation>请将仓库写成 OWNER/NAME、HOST/OWNER/NAME 或 https://HOST/OWNER/NAME。</translation>
    </message>
    <message>
        <source>A repository URL needs a host, an owner and a name: https://HOST/OWNER/NAME.</source>
        <translation>仓库网址需要包含主机、所有者和名称：https://HOST/OWNER/NAME。</translation>
    </message>
    <message>
        <source>“%1” is not a host name (letters, digits, dots and dashes, optionally :PORT; no user name or “@”).</source>
        <translation>“%1”不是主机名（只能包含字母、数字、点和连字符，可带 :PORT；不能包含用户名或“@”）。</translation>
    </message>
    <message>
        <source>“%1” is not a GitHub owner (letters, digits, dashes and underscores, at most 39).</source>
        <translation>“%1”不是 GitHub 所有者（只能包含字母、数字、连字符和下划线，最多 39 个字符）。</translation>
    </message>
    <message>
        <source>“%1” is not a GitHub repository name (letters, digits, “.”, “_” and “-”, at most 100).</source>
        <translation>“%1”不是 GitHub 仓库名称（只能包含字母、数字、“.”、“_”和“-”，最多 100 个字符）。</translation>
    </message>
</context>
<context>
    <name>PrLens::RepoWeekBar</name>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open a local git clone</source>
        <translation>打开本地 git 克隆</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>owner/name, host/owner/name or a folder</source>
        <translation>owner/name、host/owner/name 或文件夹</translation>
    </message>
    <message>
        <source>A GitHub repository (owner/name), a GitHub Enterprise repository (host/owner/name) or the folder of a local git clone. Press Enter to load.</source>
        <translation>GitHub 仓库（owner/name）、GitHub Enterprise 仓库（host/owner/name）或本地 git 克隆的文件夹。按 Enter 加载。</translation>
    </message>
    <message>
        <source>Open a local git clone…</source>
        <translation>打开本地 git 克隆…</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周(&amp;W)：</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Previous week (%1)</source>
        <translation>上一周（%1）</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>下一周（%1）</translation>
    </message>
    <message>
        <source>Pick the ISO week (Monday to Sunday in the chosen time zone)</source>
        <translation>选择 ISO 周（所选时区的周一到周日）</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>The team&apos;s time zone: weeks start on Monday 00:00 there</source>
        <translation>团队所在的时区：每周从当地周一 00:00 开始</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the week again from the source (%1)</source>
        <translation>从数据源重新读取该周（%1）</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>A week of a public repository bundled with PR Lens, read offline</source>
        <translation>PR Lens 自带的某个公开仓库的一周数据，离线读取</translation>
    </message>
</context>
<context>
    <name>PrLens::ReportExporter</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Export Weekly Report…</source>
        <translation>导出周报…</translation>
    </message>
    <message>
        <source>Save the shown week&apos;s report as PDF, Markdown or HTML</source>
        <translation>将当前周的报告保存为 PDF、Markdown 或 HTML</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save this chart as PDF, SVG or PNG</source>
        <translation>将此图表保存为 PDF、SVG 或 PNG</translation>
    </message>
    <message>
        <source>Load a week first; then its report can be exported.</source>
        <translation>请先加载一周的数据，然后才能导出其报告。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>Export Weekly Report</source>
        <translation>导出周报</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>There is no week to export yet; load one first.</source>
        <translation>尚无可导出的周数据；请先加载一周。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>PrLens::ReportOutputFile</name>
    <message>
        <source>%1 is a symbolic link owned by another user; PR Lens does not write through it. Remove the link or choose another file.</source>
        <translation>%1 是其他用户拥有的符号链接；PR Lens 不会通过它写入。请删除该链接或选择其他文件。</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links in %1.</source>
        <translation>%1 中的符号链接层级过多。</translation>
    </message>
</context>
<context>
    <name>PrLens::ReportText</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（作者 %2）</translation>
    </message>
    <message>
        <source>%1 adds %2</source>
        <translation>%1 新增 %2</translation>
    </message>
</context>
<context>
    <name>PrLens::RevertFollowUpRule</name>
    <message>
        <source>Revert or follow-up fix</source>
        <translation>回滚或后续修复</translation>
    </message>
    <message>
        <source>The pull request reverts an earlier one (title Revert &quot;…&quot;) or fixes an earlier PR it names (&quot;Fix … #N&quot;, &quot;fixes #N&quot;, &quot;follow-up of #N&quot;).</source>
        <translation>该 PR 回滚了更早的 PR（标题为 Revert &quot;…&quot;），或修复了它所指明的更早 PR（&quot;Fix … #N&quot;、&quot;fixes #N&quot;、&quot;follow-up of #N&quot;）。</translation>
    </message>
    <message>
        <source>Find out why the earlier changes had to be reverted or fixed, and whether their tests missed it.</source>
        <translation>查明之前的改动为何需要回滚或修复，以及测试为何没有发现问题。</translation>
    </message>
    <message>
        <source>Reverts an earlier change (the original PR was not found).</source>
        <translation>回滚了更早的改动（未找到原 PR）。</translation>
    </message>
    <message>
        <source>Reverts #%1.</source>
        <translation>回滚 #%1。</translation>
    </message>
    <message>
        <source>Follow-up fix of #%1.</source>
        <translation>#%1 的后续修复。</translation>
    </message>
    <message>
        <source>Revert/follow-up</source>
        <translation>回滚/后续修复</translation>
    </message>
</context>
<context>
    <name>PrLens::ReviewFlowReport</name>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>requested changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>reviewed (dismissed later)</source>
        <translation>评审（后被撤销）</translation>
    </message>
    <message>
        <source>started a review</source>
        <translation>开始评审</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message numerus="yes">
        <source>Review flow: median %1 to a first review and %2 to merge; %n PR(s) merged without a review by another person.</source>
        <translation>
            <numerusform>评审流程：首次评审的中位等待时间为 %1，合并的中位时间为 %2；%n 个 PR 未经他人评审即合并。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review flow</source>
        <translation>评审流程</translation>
    </message>
    <message>
        <source>No pull request was merged this week.</source>
        <translation>本周没有合并的 PR。</translation>
    </message>
    <message>
        <source>Review times are unknown for this source: it does not record when pull requests were opened, left draft or were reviewed, nor by whom. Load the week from GitHub to see them.</source>
        <translation>该数据源的评审时间未知：它不记录拉取请求何时创建、何时结束草稿、何时被评审以及由谁评审。从 GitHub 加载本周即可查看。</translation>
    </message>
    <message>
        <source>Time to first review, median</source>
        <translation>首次评审等待时间（中位数）</translation>
    </message>
    <message>
        <source>Time to first review, 90th percentile</source>
        <translation>首次评审等待时间（第 90 百分位）</translation>
    </message>
    <message>
        <source>Time to merge, median</source>
        <translation>合并用时（中位数）</translation>
    </message>
    <message>
        <source>Time to merge, 90th percentile</source>
        <translation>合并用时（第 90 百分位）</translation>
    </message>
    <message>
        <source>Merged without review</source>
        <translation>未经评审即合并</translation>
    </message>
    <message>
        <source>Review rounds (changes requested, then approved)</source>
        <translation>评审轮次（先要求修改，后批准）</translation>
    </message>
    <message>
        <source>Reviews by bots</source>
        <translation>机器人的评审</translation>
    </message>
    <message>
        <source>PRs by bots</source>
        <translation>机器人提交的 PR</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message numerus="yes">
        <source>Times run from when a PR was ready for review (when it left draft, else when it was opened) to the first review by a person other than its author (%1 of %n PR(s)) and to the merge (%2). Bots and the authors&apos; own reviews are not counted as reviews.</source>
        <translation>
            <numerusform>时间从 PR 可供评审时算起（结束草稿时，否则为创建时），到作者以外的人首次评审（%n 个 PR 中的 %1 个）以及到合并（%2 个）。机器人和作者本人的评审不计为评审。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waited %1 for a first review (%2); open %3</source>
        <translation>等待首次评审 %1（%2）；共开放 %3</translation>
    </message>
    <message>
        <source>Merged after %1 without a review by another person</source>
        <translation>开放 %1 后合并，未经他人评审</translation>
    </message>
    <message>
        <source>The longest waits for a first review:</source>
        <translation>等待首次评审最久的 PR：</translation>
    </message>
    <message numerus="yes">
        <source>Merged without a review by another person: %n PR(s).</source>
        <translation>
            <numerusform>未经他人评审即合并：%n 个 PR。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>另有：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Reviewer load (people only; %n reviewer(s) in all):</source>
        <translation>
            <numerusform>评审负载（仅限人员；共 %n 位评审者）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审者</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR 数</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评审数</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <source>No bot reviewed or wrote a pull request this week.</source>
        <translation>本周没有机器人评审或提交 PR。</translation>
    </message>
    <message>
        <source>Bots, counted apart: %1; %2, %3%4.</source>
        <translation>机器人（单独统计）：%1；%2，%3%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 条评审</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s)</source>
        <translation>
            <numerusform>%n 个 PR</numerusform>
        </translation>
    </message>
    <message>
        <source>Share the review load: %1 reviewed %2 of the %3 reviewed PRs. Code owners or a review rotation spread it.</source>
        <translation>分担评审负载：%1 评审了 %3 个已评审 PR 中的 %2 个。代码所有者（CODEOWNERS）或评审轮值可以分散负载。</translation>
    </message>
    <message>
        <source>Ask for a review by another person before merging (branch protection can require one).</source>
        <translation>合并前请他人评审（分支保护可以强制要求）。</translation>
    </message>
    <message numerus="yes">
        <source>Merged without review: %n PR(s): %1</source>
        <translation>
            <numerusform>未经评审即合并：%n 个 PR：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Agree on a time to a first review: a tenth of the reviewed PRs waited %1 or longer.</source>
        <translation>约定首次评审的时限：十分之一的已评审 PR 等待了 %1 或更久。</translation>
    </message>
    <message>
        <source>Opened as a draft by %1</source>
        <translation>%1 以草稿创建</translation>
    </message>
    <message>
        <source>Opened by %1</source>
        <translation>%1 创建</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>可供评审</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (the author; not counted as a review)</source>
        <translation>%1（作者本人；不计为评审）</translation>
    </message>
    <message>
        <source>%1 (a bot; counted apart)</source>
        <translation>%1（机器人；单独统计）</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>waited %1 for a first review</source>
        <translation>等待首次评审 %1</translation>
    </message>
    <message>
        <source>no review by another person</source>
        <translation>没有他人评审</translation>
    </message>
    <message>
        <source>open %1 until the merge</source>
        <translation>开放 %1 后合并</translation>
    </message>
    <message numerus="yes">
        <source>%n review round(s)</source>
        <translation>
            <numerusform>%n 轮评审</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::ReviewView</name>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>已评论</translation>
    </message>
    <message>
        <source>Select a pull request to see its review.</source>
        <translation>选择一个 PR 以查看其评审。</translation>
    </message>
    <message>
        <source>No review data from this source: git history does not record reviews. Load the repository from GitHub to see them.</source>
        <translation>此数据源没有评审数据：git 历史不记录评审。从 GitHub 加载该仓库即可查看。</translation>
    </message>
    <message>
        <source>This pull request was merged without reviews or review comments.</source>
        <translation>此 PR 在没有评审或评审评论的情况下被合并。</translation>
    </message>
    <message numerus="yes">
        <source>%n review thread(s)</source>
        <translation>
            <numerusform>%n 个评审讨论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved at merge</source>
        <translation>
            <numerusform>合并时 %n 个未解决</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Unresolved at merge</source>
        <translation>合并时未解决</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Show %1 in the diff</source>
        <translation>在差异中显示 %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review(s) could be read from the source.</source>
        <translation>
            <numerusform>%n 个评审中只有 %1 个能从数据源读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review thread(s) could be read from the source.</source>
        <translation>
            <numerusform>%n 个评审讨论串中只有 %1 个能从数据源读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::RiskBadgeDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PrLens::RiskEngine</name>
    <message>
        <source>The risk rule settings for &quot;%1&quot; are malformed. Expected {&quot;enabled&quot;: bool, &quot;severity&quot;: &quot;info|warning|high&quot;, &quot;globs&quot;: [&quot;path/*&quot;]}; fix the configuration file.</source>
        <translation>风险规则“%1”的设置格式不正确。应为 {&quot;enabled&quot;: bool, &quot;severity&quot;: &quot;info|warning|high&quot;, &quot;globs&quot;: [&quot;path/*&quot;]}，请修改配置文件。</translation>
    </message>
    <message>
        <source>Unknown risk rule &quot;%1&quot; in the configuration; known rules: %2.</source>
        <translation>配置中有未知的风险规则“%1”；已知规则：%2。</translation>
    </message>
</context>
<context>
    <name>PrLens::SettingsDialog</name>
    <message>
        <source>PR Lens Settings</source>
        <translation>PR Lens 设置</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
</context>
<context>
    <name>PrLens::Severity</name>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>PrLens::SummaryCards</name>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>= last week</source>
        <translation>与上周持平</translation>
    </message>
    <message>
        <source>▲ %1 vs last week</source>
        <translation>较上周 ▲ %1</translation>
    </message>
    <message>
        <source>▼ %1 vs last week</source>
        <translation>较上周 ▼ %1</translation>
    </message>
    <message>
        <source>Merged PRs</source>
        <translation>合并的 PR</translation>
    </message>
    <message>
        <source>Highlighted</source>
        <translation>重点 PR</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Lines +/−</source>
        <translation>行数 +/−</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Avg. importance</source>
        <translation>平均重要度</translation>
    </message>
    <message>
        <source>— no data for the week before</source>
        <translation>— 无上周数据</translation>
    </message>
    <message>
        <source>unknown for this source</source>
        <translation>该数据源未知</translation>
    </message>
    <message>
        <source>no reviewed PRs</source>
        <translation>没有已评审的 PR</translation>
    </message>
    <message>
        <source>Median to review</source>
        <translation>评审等待中位数</translation>
    </message>
    <message>
        <source>Median to merge</source>
        <translation>合并用时中位数</translation>
    </message>
    <message>
        <source>From ready for review (or opening) to the first review by a person other than the author; bots not counted</source>
        <translation>从可供评审（或创建）到作者以外的人首次评审；不计机器人</translation>
    </message>
    <message>
        <source>From ready for review (or opening) to the merge</source>
        <translation>从可供评审（或创建）到合并</translation>
    </message>
</context>
<context>
    <name>PrLens::TokenStore</name>
    <message>
        <source>No system keychain is available; PR Lens works without a token: public repositories only, 60 requests per hour.</source>
        <translation>没有可用的系统钥匙串；PR Lens 将在没有令牌的情况下工作：仅限公开仓库，每小时 60 次请求。</translation>
    </message>
    <message>
        <source>Could not read the token for %1 from the system keychain (%2). Unlock the keychain and try again.</source>
        <translation>无法从系统钥匙串读取 %1 的令牌（%2）。请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>Could not save the token for %1 in the system keychain (%2). Unlock the keychain and try again.</source>
        <translation>无法将 %1 的令牌保存到系统钥匙串（%2）。请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>Could not remove the token for %1 from the system keychain (%2). Unlock the keychain and try again.</source>
        <translation>无法从系统钥匙串删除 %1 的令牌（%2）。请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>The system keychain refused access to the token for %1. Allow PR Lens access in your keychain and try again.</source>
        <translation>系统钥匙串拒绝访问 %1 的令牌。请在钥匙串中允许 PR Lens 访问后重试。</translation>
    </message>
    <message>
        <source>Could not write the unencrypted token file %1. Check that the folder is writable.</source>
        <translation>无法写入未加密的令牌文件 %1。请检查该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>PrLens::TokenValidator</name>
    <message>
        <source>The API URL for %1 is not a valid http(s) address. Correct it in the host settings.</source>
        <translation>%1 的 API 地址不是有效的 http(s) 地址。请在主机设置中更正。</translation>
    </message>
    <message>
        <source>%1 rejected the token (401 Bad credentials). Check that you copied the whole token and that it has not expired or been revoked, or create a new one.</source>
        <translation>%1 拒绝了该令牌（401 凭据无效）。请检查是否完整复制了令牌、令牌是否已过期或被撤销，或者新建一个令牌。</translation>
    </message>
    <message>
        <source>%1 refused the request because the rate limit is used up. Wait until it resets and try again.</source>
        <translation>%1 拒绝了请求，因为速率限制已用完。请等待重置后重试。</translation>
    </message>
    <message>
        <source>%1 refused access (%2 %3). Check the token&apos;s permissions.</source>
        <translation>%1 拒绝访问（%2 %3）。请检查令牌的权限。</translation>
    </message>
    <message>
        <source>%1 redirected the check to another address; PR Lens does not send tokens there. Check the API URL in the host settings.</source>
        <translation>%1 将检查请求重定向到了另一个地址；PR Lens 不会把令牌发送到那里。请检查主机设置中的 API 地址。</translation>
    </message>
    <message>
        <source>%1 has no GitHub API at %2 (404). Check the API URL in the host settings.</source>
        <translation>%1 在 %2 没有 GitHub API（404）。请检查主机设置中的 API 地址。</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2 %3). Try again later.</source>
        <translation>%1 返回了错误（%2 %3）。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection and the API URL, then try again.</source>
        <translation>%1 未及时响应。请检查网络连接和 API 地址，然后重试。</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check your network connection and the API URL, then try again.</source>
        <translation>无法连接 %1（%2）。请检查网络连接和 API 地址，然后重试。</translation>
    </message>
</context>
<context>
    <name>PrLens::UnresolvedThreadsRule</name>
    <message>
        <source>Unresolved review threads</source>
        <translation>评审讨论未解决</translation>
    </message>
    <message>
        <source>Review threads were still unresolved when the pull request was merged.</source>
        <translation>PR 合并时仍有评审讨论串未解决。</translation>
    </message>
    <message>
        <source>Go through the unresolved threads and open follow-up issues for the points still valid.</source>
        <translation>逐一检查未解决的讨论串，对仍然成立的问题创建后续 issue。</translation>
    </message>
    <message numerus="yes">
        <source>%n review thread(s) unresolved at merge.</source>
        <translation>
            <numerusform>合并时有 %n 个评审讨论串未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>未解决讨论</translation>
    </message>
    <message numerus="yes">
        <source>%n review thread(s) unresolved at merge among those read; %1 more could not be read.</source>
        <translation>
            <numerusform>在已读取的评审讨论串中，合并时有 %n 个未解决；另有 %1 个未能读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::WeekCache</name>
    <message>
        <source>Could not open the cache file %1: %2</source>
        <translation>无法打开缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>The cache file %1 is not usable and could not be moved aside; remove it by hand.</source>
        <translation>缓存文件 %1 无法使用，且无法移到一旁；请手动删除它。</translation>
    </message>
    <message>
        <source>The cache file %1 was damaged. It was moved to %2 and a new, empty cache was created; weeks will be loaded again.</source>
        <translation>缓存文件 %1 已损坏。它已被移到 %2，并创建了一个新的空缓存；各周数据将重新加载。</translation>
    </message>
    <message>
        <source>The file %1 is not a PR Lens cache. It was moved to %2 and a new, empty cache was created; check which program uses that file.</source>
        <translation>文件 %1 不是 PR Lens 的缓存。它已被移到 %2，并创建了一个新的空缓存；请检查是哪个程序在使用该文件。</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer PR Lens. It was moved to %2 and a new, empty cache was created.</source>
        <translation>缓存文件 %1 由更新版本的 PR Lens 写入。它已被移到 %2，并创建了一个新的空缓存。</translation>
    </message>
    <message>
        <source>Could not write to the cache file %1: %2</source>
        <translation>无法写入缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the folder for the cache file %1.</source>
        <translation>无法为缓存文件 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>The cache file %1 is in use by another PR Lens; try again when it has finished.</source>
        <translation>缓存文件 %1 正被另一个 PR Lens 使用；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Could not read the cache file %1: %2</source>
        <translation>无法读取缓存文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>PrLens::WeekLoader</name>
    <message>
        <source>This repository cannot be read. Check the name or path.</source>
        <translation>无法读取此仓库。请检查名称或路径。</translation>
    </message>
</context>
<context>
    <name>PrLens::WeekReportView</name>
    <message>
        <source>No week loaded. Choose a repository and a week above.</source>
        <translation>尚未加载任何一周。请在上方选择仓库和周。</translation>
    </message>
    <message numerus="yes">
        <source>Reading patches: %1 of %n pull request(s) still to come. Until they arrive, the diff rules&apos; checks on them count as not run; the findings fill in as they come.</source>
        <translation>
            <numerusform>正在读取补丁：%n 个 PR 中还有 %1 个未到。在补丁到达之前，diff 规则对这些 PR 的检查计为未运行；结果会随补丁到达陆续补上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::WeekView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; 1 hour</source>
        <translation>不到 1 小时</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>不到 1 天</translation>
    </message>
    <message>
        <source>&lt; 3 days</source>
        <translation>不到 3 天</translation>
    </message>
    <message>
        <source>&lt; 1 week</source>
        <translation>不到 1 周</translation>
    </message>
    <message>
        <source>1 week or more</source>
        <translation>1 周及以上</translation>
    </message>
</context>
<context>
    <name>PrLens::WeeklyReport</name>
    <message>
        <source>Weekly report: %1, %2</source>
        <translation>周报：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%3) · %n merged pull request(s)</source>
        <translation>
            <numerusform>%1 至 %2（%3）· 合并 %n 个 PR</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s) merged, by %1.</source>
        <translation>
            <numerusform>共合并 %n 个 PR，来自 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n 位作者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines added and %2 deleted in %n file(s).</source>
        <translation>
            <numerusform>%n 个文件中新增 %1 行、删除 %2 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted PR(s); average importance %1 of 5.</source>
        <translation>
            <numerusform>重点 PR %n 个；平均重要度 %1/5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the previous week: %1 PRs, %2 authors, %3 lines added, %4 lines deleted, %5 files.</source>
        <translation>与上周相比：PR %1，作者 %2，新增行 %3，删除行 %4，文件 %5。</translation>
    </message>
    <message>
        <source>No risk rule fired.</source>
        <translation>没有触发任何风险规则。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n PR(s))</source>
        <translation>
            <numerusform>%1（%n 个 PR）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk rules fired on %n PR(s); most often: %1.</source>
        <translation>
            <numerusform>风险规则在 %n 个 PR 上触发；最常见的是：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revert(s) or follow-up fix(es): %1.</source>
        <translation>
            <numerusform>回滚或后续修复 %n 个：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule check(s) could not be run; see Completeness.</source>
        <translation>
            <numerusform>有 %n 项规则检查无法执行，详见“数据完整性”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged PRs</source>
        <translation>合并的 PR</translation>
    </message>
    <message>
        <source>Highlighted</source>
        <translation>重点 PR</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translation>新增行数</translation>
    </message>
    <message>
        <source>Lines deleted</source>
        <translation>删除行数</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Average importance</source>
        <translation>平均重要度</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation>本周重点变化</translation>
    </message>
    <message>
        <source>No pull request carries a tag this week.</source>
        <translation>本周没有任何 PR 带有标签。</translation>
    </message>
    <message>
        <source>Most of the work was tagged %1.</source>
        <translation>大部分工作的标签为 %1。</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR 数</translation>
    </message>
    <message>
        <source>Pull requests</source>
        <translation>PR 列表</translation>
    </message>
    <message numerus="yes">
        <source>Size %1: %2 in %n file(s)</source>
        <translation>
            <numerusform>规模 %1：%n 个文件 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>The largest changes (generated, lock and vendored files not counted):</source>
        <translation>改动最大的 PR（不计生成文件、锁文件和第三方代码）：</translation>
    </message>
    <message>
        <source>Reverts and follow-up fixes:</source>
        <translation>回滚与后续修复：</translation>
    </message>
    <message>
        <source>Modules and themes</source>
        <translation>模块与主题趋势</translation>
    </message>
    <message numerus="yes">
        <source>Modules are the first %n directory level(s) of each path. The busiest modules:</source>
        <translation>
            <numerusform>模块取每个路径的前 %n 级目录。最活跃的模块：</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Hot files, by the number of PRs touching them:</source>
        <translation>热点文件（按改动它们的 PR 数排序）：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>PRs per module over the last %n week(s):</source>
        <translation>
            <numerusform>最近 %n 周各模块的 PR 数：</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was left out as generated, lock or vendored (filter: %1).</source>
        <translation>没有文件因属于生成文件、锁文件或第三方代码而被排除（过滤规则：%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out as generated, lock or vendored (filter: %1).</source>
        <translation>
            <numerusform>有 %n 个文件因属于生成文件、锁文件或第三方代码而被排除（过滤规则：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Themes of the highlighted PRs: %1.</source>
        <translation>重点 PR 的主题：%1。</translation>
    </message>
    <message>
        <source>Risk observations</source>
        <translation>风险观察</translation>
    </message>
    <message>
        <source>No risk rule fired this week.</source>
        <translation>本周没有触发任何风险规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) fired. Each observation lists every PR it fired on, the first ones with their evidence.</source>
        <translation>
            <numerusform>共触发 %n 条规则。每条观察都列出了触发它的全部 PR，前几个附有证据。</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings for: %1.</source>
        <translation>无发现：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: not evaluated on any of the %n PR(s)</source>
        <translation>
            <numerusform>%1：%n 个 PR 均未评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not evaluated on %n PR(s) (%2)</source>
        <translation>
            <numerusform>%1：%n 个 PR 未评估（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated, for lack of diff text or review data:</source>
        <translation>因缺少 diff 文本或评审数据而未评估：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n PR(s)</source>
        <translation>
            <numerusform>%1：%n 个 PR</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity %1. %2</source>
        <translation>严重程度：%1。%2</translation>
    </message>
    <message>
        <source>Highlighted PRs</source>
        <translation>重点 PR 速览</translation>
    </message>
    <message>
        <source>No pull request was merged this week.</source>
        <translation>本周没有合并任何 PR。</translation>
    </message>
    <message numerus="yes">
        <source>The %n most important PR(s) by size, breadth, core files, review activity and tags, grouped by theme.</source>
        <translation>
            <numerusform>按规模、涉及范围、核心文件、评审活跃度和标签选出的最重要的 %n 个 PR，按主题分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importance %1 of 5</source>
        <translation>重要度 %1/5</translation>
    </message>
    <message>
        <source>Importance %1 of 5: %2</source>
        <translation>重要度 %1/5：%2</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>关联：%1</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>后续建议</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n PR(s): %2</source>
        <translation>
            <numerusform>%1：%n 个 PR：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the missing diff text and review data, then rerun the checks listed under Completeness.</source>
        <translation>加载缺失的 diff 文本和评审数据，然后重新运行“数据完整性”中列出的检查。</translation>
    </message>
    <message>
        <source>Nothing to follow up: no rule fired and every check ran.</source>
        <translation>无需跟进：没有触发任何规则，所有检查均已执行。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>数据完整性</translation>
    </message>
    <message>
        <source>Every PR was read in full and every check ran.</source>
        <translation>所有 PR 均已完整读取，所有检查均已执行。</translation>
    </message>
    <message>
        <source>%1 not evaluated</source>
        <translation>%1 未评估</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n PR(s)</source>
        <translation>
            <numerusform>%1：全部 %n 个 PR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n PR(s) (%2)</source>
        <translation>
            <numerusform>%1：%n 个 PR（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>No data for the week before: changes against it are not shown.</source>
        <translation>没有上一周的数据：不显示与上周相比的变化。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>not measured</source>
        <extracomment>a rule&apos;s measured lift, e.g. &quot;2.1×&quot;</extracomment>
        <translation>未测量</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>Measured lift</source>
        <translation>实测提升倍数</translation>
    </message>
</context>
<context>
    <name>PrLens::WeeklyReportPdf</name>
    <message>
        <source>Highlighted pull requests and their risks</source>
        <translation>重点 PR 及其风险</translation>
    </message>
    <message>
        <source>No pull request stood out this week.</source>
        <translation>本周没有特别突出的 PR。</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message numerus="yes">
        <source>Appendix: every merged pull request (%n)</source>
        <translation>
            <numerusform>附录：本周全部合并的 PR（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Appendix: completeness ledger</source>
        <translation>附录：数据完整性记录</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not start drawing the PDF %1.</source>
        <translation>无法开始绘制 PDF %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Complete: nothing was truncated, skipped or rate-limited.</source>
        <translation>数据完整：没有截断、跳过或被限流的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n completeness note(s): see the appendix.</source>
        <translation>
            <numerusform>%n 条完整性说明：详见附录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data fetched %1</source>
        <translation>数据获取于 %1</translation>
    </message>
    <message>
        <source>Made with PR Lens</source>
        <translation>由 PR Lens 生成</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
</context>
<context>
    <name>TagNormalizer</name>
    <message>
        <source>The tag mapping&apos;s &quot;%1&quot; entry is malformed. Fix the repository&apos;s configuration file.</source>
        <translation>标签映射中的“%1”项格式不正确，请修改仓库的配置文件。</translation>
    </message>
</context>
</TS>
