<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountDialog</name>
    <message>
        <source>use this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every bot and its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause, resume and reconnect bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see Discord guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect Discord guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see Discord channels, roles and feature mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add Discord servers and change feature mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <comment>server profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a system administrator and hold every permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you can look at bots but not pause, resume or reconnect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can pause, resume and reconnect bots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>permission: what it allows</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip: action description (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <comment>shortcut help: actions available on every page</comment>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Bots</source>
        <comment>page name</comment>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>خوادم ديسكورد</translation>
    </message>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>سجل الفرز</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add Discord Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Lumio account the new server will belong to. Discord opens in your browser, where the server&apos;s owner adds the bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pick an account above or paste its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an account ID (a UUID such as 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotBatchPanel</name>
    <message>
        <source>Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the bulk action panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already in that state, no connection, or busy)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing 1 bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n bots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming 1 bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n bots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting 1 bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting %n bots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotSyncController</name>
    <message>
        <source>The server did not return the bot&apos;s new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: the session ended before the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotTablePage</name>
    <message>
        <source>Search account name or ID</source>
        <translation>ابحث باسم الحساب أو المعرّف</translation>
    </message>
    <message>
        <source>Search bots</source>
        <translation>البحث في البوتات</translation>
    </message>
    <message>
        <source>Matches account name or ID, ignoring case and accents (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>تصفية المنصة</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last Heartbeat</source>
        <translation>آخر نبضة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>All Statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>No Connection</source>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>&amp;Pause Bot</source>
        <translation>إيقاف البوت مؤقتًا</translation>
    </message>
    <message>
        <source>Pause the selected bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Bot</source>
        <translation>استئناف البوت</translation>
    </message>
    <message>
        <source>Resume the selected bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect Bot</source>
        <translation>إعادة توصيل البوت</translation>
    </message>
    <message>
        <source>Ask the selected bots to rejoin their channels now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>نسخ الصفوف</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load Bots</source>
        <translation>إعادة تحميل البوتات</translation>
    </message>
    <message>
        <source>Load every bot from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Bot</source>
        <translation>البحث عن بوت</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>%1 of %2 bots - %3 active, %4 paused, %5 no connection</source>
        <translation>%1 من %2 بوت - %3 نشط، %4 متوقف مؤقتًا، %5 بلا اتصال</translation>
    </message>
    <message>
        <source>, %1 stale</source>
        <translation>، %1 قديم</translation>
    </message>
    <message>
        <source>No bots match</source>
        <translation>لا توجد بوتات مطابقة</translation>
    </message>
    <message>
        <source>Loading bots…</source>
        <translation>جارٍ تحميل البوتات…</translation>
    </message>
    <message>
        <source>No bots loaded</source>
        <translation>لم يتم تحميل أي بوت</translation>
    </message>
    <message>
        <source>No bots yet</source>
        <translation>لا توجد بوتات بعد</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>تعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Live updates are interrupted. The table shows the last known state and catches up when the connection is back.</source>
        <translation>التحديثات المباشرة متوقفة. يعرض الجدول آخر حالة معروفة ويتحدّث عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Loading %1 of %2 bots</source>
        <translation>جارٍ تحميل %1 من %2 بوت</translation>
    </message>
    <message>
        <source>Could not pause %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reconnect %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>confirmation button</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>confirmation button</comment>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>confirmation button</comment>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>Pause the bot of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the bot of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the bot of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Last Heartbeat (UTC)</source>
        <translation>آخر نبضة (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n bots?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n bots?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n bots?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 selected bot will be skipped: already in that state, without a connection, or with a request in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n Bots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lumio Bot Control: the staff console for Lumio chat bots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the saved server profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the GraphQL server at &lt;url&gt; (with --profile: save it under that name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: sign in to the sandbox described by &lt;infofile&gt; (JSON with url, ws and tokens); the token stays in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sandbox demo token to use: admin, readonly, operator or noaccess (default: admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this run: en, de or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme for this run: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on page &lt;id&gt;: bots, discord or triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit cleanly after &lt;ms&gt; milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;path&gt; once it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: use en, de or ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: use system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after-ms: a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sandbox file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox file %1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox file %1 has no url.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <source>Try to connect again at once</source>
        <translation>حاول الاتصال مرة أخرى فورًا</translation>
    </message>
    <message>
        <source>Signed out</source>
        <comment>connection state</comment>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>connection state: receiving live updates</comment>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Connecting, attempt %1…</source>
        <comment>connection state</comment>
        <translation>جارٍ الاتصال، المحاولة %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>connection state</comment>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting, attempt %1, next try in %n s</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: the server refused the sign-in</source>
        <comment>connection state</comment>
        <translation>تم تسجيل الخروج: رفض الخادم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>connection state</comment>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>الاتصال: %1</translation>
    </message>
</context>
<context>
    <name>DisconnectGuildDialog</name>
    <message>
        <source>Disconnect Discord Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lumio bot leaves “%1” (%2) and the server&apos;s mapping to the account %3 is deleted with all of its feature routings. The account can add the server again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name exactly to enable this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscordGuildsPage</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation type="unfinished">خوادم ديسكورد</translation>
    </message>
    <message>
        <source>Read-only: you can look at every server and its feature mappings, but not change, add or disconnect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection is down: this list may be out of date until it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop waiting for Discord</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by server, server ID or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Lumio bot to a Discord server for an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bot from this server and delete its mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the servers and the open mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bot to a Discord server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reload the servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved change(s) to the feature mappings of “%1”. Discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord reports this server as unavailable; its mapping is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server on the left to see which channel each feature posts to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the server&apos;s channels, roles and mappings: %1

Select it again or reload (F5) to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was disconnected: it is no longer mapped to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature routing — loading channels, roles and mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished">للقراءة فقط</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed mappings to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be saved like this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n feature(s) of this server while you were editing. Nothing was overwritten:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — theirs: %2; yours: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save every change to “%1”: %2. What failed is still marked as changed; Save again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disconnect “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for a Discord link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start adding a server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord opened in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser: the link was copied, open it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Discord… Add the bot to a server in the browser for %1; this page selects the server as soon as it is connected. The link expires in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Discord link for %1 expired before a server was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now connected to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no Discord server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord servers of the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save is off until the %n problem(s) above are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscordPickerPopup</name>
    <message>
        <source>Post to channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(announcement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot lacks permission to post here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot lacks permission to post in #%1: grant it “Send Messages” there in Discord, or choose another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mention</source>
        <comment>no role is mentioned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mentionable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not mentionable: the mention will not notify anyone unless the bot may mention every role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscordSyncController</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates of Discord servers stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the Discord servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reload the feature mappings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not disconnect the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sign &amp;In or Switch Profile…</source>
        <translation>تسجيل الدخول أو تبديل الملف الشخصي…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out and remove the saved token</source>
        <translation>تسجيل الخروج وحذف الرمز المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Check the sign-in and reload the page</source>
        <translation>التحقق من تسجيل الدخول وإعادة تحميل الصفحة</translation>
    </message>
    <message>
        <source>Reconnect &amp;Live Updates</source>
        <translation>إعادة الاتصال بالتحديثات المباشرة</translation>
    </message>
    <message>
        <source>Try the live connection again now</source>
        <translation>أعد محاولة الاتصال المباشر الآن</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Account and Permissions…</source>
        <translation>الحساب والصلاحيات…</translation>
    </message>
    <message>
        <source>&amp;About Lumio Bot Control</source>
        <translation>حول Lumio Bot Control</translation>
    </message>
    <message>
        <source>About Lumio Bot Control</source>
        <translation>حول Lumio Bot Control</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lumio Bot Control %1&lt;/h3&gt;&lt;p&gt;The staff console for Lumio chat bots.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lumio Bot Control %1&lt;/h3&gt;&lt;p&gt;وحدة تحكم الموظفين لبوتات الدردشة في Lumio.&lt;/p&gt;&lt;p&gt;مبني باستخدام Qt %2، ويعمل على Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف الملف الشخصي</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved token?</source>
        <translation>هل تريد حذف الملف الشخصي «%1» ورمزه المحفوظ؟</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>مسجّل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <source>Server profile %1: %2</source>
        <translation>ملف الخادم %1: %2</translation>
    </message>
    <message>
        <source>Server profile %1</source>
        <translation>ملف الخادم %1</translation>
    </message>
    <message>
        <source>Lumio Bot Control</source>
        <translation>Lumio Bot Control</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <comment>menu</comment>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <comment>menu</comment>
        <translation>ديسكورد</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <comment>menu</comment>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Pages and actions</source>
        <translation>الصفحات والإجراءات</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>You may look at bots but not pause, resume or reconnect them.</source>
        <translation>يمكنك عرض البوتات لكن لا يمكنك إيقافها مؤقتًا أو استئنافها أو إعادة توصيلها.</translation>
    </message>
    <message>
        <source>Read-only: you may not change bots</source>
        <translation>للقراءة فقط: لا يمكنك تغيير البوتات</translation>
    </message>
    <message>
        <source>Stale data</source>
        <comment>status bar mark</comment>
        <translation>بيانات قديمة</translation>
    </message>
    <message>
        <source>The live connection is down; what you see may be out of date.</source>
        <translation>الاتصال المباشر منقطع؛ قد تكون المعلومات المعروضة قديمة.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token (%1). You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is coming in a later release.</source>
        <translation>ستتوفر هذه الصفحة في إصدار لاحق.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. What you see may be out of date; it updates again when the connection is back.</source>
        <translation>انقطع الاتصال بالخادم. قد تكون المعلومات المعروضة قديمة؛ وستُحدَّث عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Bots</source>
        <comment>page name</comment>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>Every account and platform bot with its status, live: search, filter, pause, resume and reconnect.</source>
        <translation>كل بوت لكل حساب ومنصة مع حالته مباشرة: البحث والتصفية والإيقاف المؤقت والاستئناف وإعادة الاتصال.</translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>خوادم ديسكورد</translation>
    </message>
    <message>
        <source>Discord guilds mapped to Lumio accounts, and which channel each feature posts to.</source>
        <translation>خوادم ديسكورد المرتبطة بحسابات Lumio، والقناة التي تنشر فيها كل ميزة.</translation>
    </message>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>سجل الفرز</translation>
    </message>
    <message>
        <source>Every action you take, with the server&apos;s answer, ready for the incident report.</source>
        <translation>كل إجراء تتخذه مع رد الخادم، جاهز لتقرير الحادث.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with %1:// .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// sends your token unencrypted, so it is only allowed to this machine (localhost). Use %2:// for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The server did not accept this token: it may be mistyped, expired or revoked. Create a new token and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so the connection was refused. The app never bypasses certificate checks; ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server. Check the URL and your network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for the profile “%1”. Enter your access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed to use this console: the admin:access permission is missing. Ask an administrator to grant it, or sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin:access was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in for “%1” is no longer accepted (the token expired or was revoked). Sign in again; what you were doing stays on screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Follow system</source>
        <comment>theme</comment>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>داكن</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Theme and language apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds suffix of a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait after the last key before searching. Enter searches at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix of a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active bot whose last heartbeat is older than this is marked stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stale heartbeat after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask before pausing or resuming a single bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;watched bot changes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watched bot&apos;s &amp;heartbeat goes stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;connection to the server is lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>keyboard shortcut</comment>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between alternative shortcuts</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>New profile…</source>
        <translation>ملف شخصي جديد…</translation>
    </message>
    <message>
        <source>Leave empty to use the token saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your personal access token</source>
        <translation>الصق رمز الوصول الشخصي</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ التحقق من الخادم…</translation>
    </message>
    <message>
        <source>Derived from the GraphQL URL</source>
        <translation>مشتق من عنوان GraphQL</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <comment>derived WebSocket URL</comment>
        <translation>مشتق: %1</translation>
    </message>
    <message>
        <source>Give the profile a name, for example Production or Staging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to a Lumio server with your staff access token. You need the admin:access permission.</source>
        <translation>سجّل الدخول إلى خادم Lumio باستخدام رمز وصول الموظف. تحتاج إلى صلاحية admin:access.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>الملف الشخصي:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>delete the selected server profile</comment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this profile and its saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>name of a server profile</comment>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation>الإنتاج، الاختبار…</translation>
    </message>
    <message>
        <source>&amp;GraphQL URL:</source>
        <translation>عنوان GraphQL:</translation>
    </message>
    <message>
        <source>&amp;WebSocket URL:</source>
        <translation>عنوان WebSocket:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>رمز الوصول:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>تذكّر الرمز في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no profile named “%1” yet: create it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadgeDelegate</name>
    <message>
        <source>Stale</source>
        <comment>badge: heartbeat too old</comment>
        <translation>قديم</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox has no token for the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
